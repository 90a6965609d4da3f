package dev.scaleswell.benchmarks.etl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The curate benchmark's baseline (bin/bench-etl): DuckDB converting the same raw objects
 * (local gzip JSON lines) to deduplicated ZSTD Parquet. {@code DuckDbBaseline RAW_DIR
 * OUT.parquet}, with the DuckDB JDBC jar on the class path (kept out of the benchmarks
 * jar: it is 85 MB). Prints "seconds cpuSeconds rows bytes" of the COPY statement alone
 * (CPU time of the whole process, DuckDB's native threads included, from
 * /proc/self/stat).
 */
public final class DuckDbBaseline {

	private DuckDbBaseline() {
	}

	public static void main(String[] args) throws SQLException, IOException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			long cpuBefore = cpuTicks();
			long start = System.nanoTime();
			statement.execute("COPY (SELECT * FROM read_json('" + args[0] + "/**/*.jsonl.gz', "
					+ "format = 'newline_delimited', compression = 'gzip', columns = {id: 'UUID', receivedAt: 'TIMESTAMPTZ', "
					+ "name: 'VARCHAR', age: 'INTEGER', hero: 'VARCHAR'}) QUALIFY row_number() OVER (PARTITION BY id) = 1) "
					+ "TO '" + args[1] + "' (FORMAT parquet, COMPRESSION zstd)");
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (cpuTicks() - cpuBefore) / 100.0;
			try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_parquet('" + args[1] + "')")) {
				rows.next();
				System.out.printf("%.2f %.2f %d %d%n", seconds, cpuSeconds, rows.getLong(1),
						Files.size(Path.of(args[1])));
			}
		}
	}

	/** utime + stime of this process in clock ticks (USER_HZ, 100 on Linux). */
	private static long cpuTicks() throws IOException {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
