package dev.scaleswell.etl.registry;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.scaleswell.etl.S3Options;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code list-models}: every published version, oldest first, with its aliases.
 */
@Command(name = "list-models", mixinStandardHelpOptions = true,
		description = "Lists every model version: created, holdout and Bayes accuracy, alias, gate verdict.")
public final class ListModelsCommand implements Callable<Integer> {

	private static final String ROW = "%-24s  %-20s  %8s  %8s  %-20s  %-10s%n";

	@Mixin
	private S3Options s3 = new S3Options();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		try (S3Client client = this.s3.client()) {
			ModelRegistry registry = new ModelRegistry(client, this.s3.properties().bucket());
			Map<String, String> aliases = new HashMap<>();
			for (ModelAlias alias : ModelAlias.values()) {
				registry.readAlias(alias)
					.ifPresent((read) -> aliases.merge(read.pointer().version(),
							describe(alias, read.pointer().weight(), read.pointer().shadow()), (a, b) -> a + "," + b));
			}
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf(ROW, "VERSION", "CREATED", "ACCURACY", "BAYES", "ALIAS", "GATE");
			List<String> versions = registry.versions();
			for (String version : versions) {
				registry.manifest(version)
					.ifPresent((manifest) -> out.printf(ROW, version, manifest.createdAt(),
							percent(manifest.holdoutAccuracy()), percent(manifest.bayesAccuracy()),
							aliases.getOrDefault(version, "-"), verdict(manifest)));
			}
			out.flush();
			return 0;
		}
	}

	private static String describe(ModelAlias alias, double weight, boolean shadow) {
		return (alias == ModelAlias.CHAMPION) ? "champion"
				: String.format(Locale.ROOT, "challenger(%.2f%s)", weight, shadow ? ",shadow" : "");
	}

	private static String verdict(ModelManifest manifest) {
		return manifest.gate().verdict().name();
	}

	private static String percent(double accuracy) {
		return Double.isNaN(accuracy) ? "-" : String.format(Locale.ROOT, "%.2f%%", accuracy * 100);
	}

}
