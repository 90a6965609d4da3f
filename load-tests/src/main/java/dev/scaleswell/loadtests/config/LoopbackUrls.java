package dev.scaleswell.loadtests.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Accepts only base URLs on the loopback interface, unless remote targets were allowed
 * explicitly. A load test pointed at a shared or production host by a typo is a denial of
 * service, so anything but {@code localhost} or a loopback literal is refused; names are
 * never resolved through DNS.
 */
public final class LoopbackUrls {

	private LoopbackUrls() {
	}

	/**
	 * The base URL without a trailing slash, if it is an http(s) URL on loopback.
	 * @param name the property that held the URL, for the error message
	 * @param url the URL to check
	 * @return the normalised base URL
	 * @throws IllegalArgumentException if the URL is malformed or not on loopback
	 */
	public static String require(String name, String url) {
		return require(name, url, false);
	}

	/**
	 * The base URL without a trailing slash, if it is an http(s) URL on loopback or, with
	 * {@code allowRemote}, on any host (deployed systems, as release.yml's smoke test).
	 * @param name the property that held the URL, for the error message
	 * @param url the URL to check
	 * @param allowRemote whether a host other than loopback is accepted
	 * @return the normalised base URL
	 * @throws IllegalArgumentException if the URL is malformed or not on an allowed host
	 */
	public static String require(String name, String url, boolean allowRemote) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(name + " is not a URL: '" + url + "'");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException(name + " must be an http or https URL, was '" + url + "'");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException(name + " has no host: '" + url + "'");
		}
		if (!allowRemote && !isLoopback(uri.getHost())) {
			throw new IllegalArgumentException(name + " must point at loopback (localhost, 127.0.0.0/8 or [::1]), was '"
					+ url + "'; a deployed system" + " is a target only with -D" + LoadTestSettings.ALLOW_REMOTE
					+ "=true");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException(name + " must be a plain base URL, was '" + url + "'");
		}
		String normalised = uri.toString();
		return normalised.endsWith("/") ? normalised.substring(0, normalised.length() - 1) : normalised;
	}

	static boolean isLoopback(String host) {
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!bare.contains(":") && !bare.matches("[0-9.]+")) {
			return false;
		}
		try {
			return InetAddress.ofLiteral(bare).isLoopbackAddress();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
