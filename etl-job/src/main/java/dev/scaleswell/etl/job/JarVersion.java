package dev.scaleswell.etl.job;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version the jar was built as (its manifest's
 * {@code Implementation-Version}), which names the release an operator is running.
 */
public final class JarVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = JarVersion.class.getPackage().getImplementationVersion();
		return new String[] { "etl-job " + ((version != null) ? version : "(not built as a jar)") };
	}

}
