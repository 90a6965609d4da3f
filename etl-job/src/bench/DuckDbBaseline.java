import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The etl benchmark's baseline: DuckDB converting the same raw objects (local gzip JSON
 * lines) to deduplicated ZSTD Parquet. Run with the DuckDB JDBC jar on the class path:
 * {@code java -cp duckdb_jdbc.jar DuckDbBaseline.java RAW_DIR OUT.parquet}. Prints
 * "seconds cpuSeconds rows bytes" of the COPY statement alone (CPU time of the whole
 * process, DuckDB's native threads included, from /proc/self/stat).
 */
public final class DuckDbBaseline {

	public static void main(String[] args) throws Exception {
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
						java.nio.file.Files.size(java.nio.file.Path.of(args[1])));
			}
		}
	}

	/** utime + stime of this process in clock ticks (USER_HZ, 100 on Linux). */
	private static long cpuTicks() throws java.io.IOException {
		String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
