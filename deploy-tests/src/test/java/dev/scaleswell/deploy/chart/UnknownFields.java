package dev.scaleswell.deploy.chart;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.jspecify.annotations.Nullable;

/**
 * Finds fields the Kubernetes model does not know: fabric8 keeps them in
 * {@code additionalProperties} instead of failing, so a misspelt template key
 * ({@code readinessprobe}, {@code maxUnavailble}) would otherwise pass unnoticed. A
 * custom resource without a fabric8 model is checked by {@link SparkOperatorResources}.
 */
final class UnknownFields {

	private UnknownFields() {
	}

	/**
	 * Paths of every unknown field below {@code object}, e.g. {@code spec.template.x}.
	 */
	static List<String> of(Object object) {
		List<String> found = new ArrayList<>();
		walk(object, "", found);
		return found;
	}

	private static void walk(@Nullable Object value, String path, List<String> found) {
		if (value == null) {
			return;
		}
		if (value instanceof GenericKubernetesResource resource) {
			walk(resource.getMetadata(), join(path, "metadata"), found);
			SparkOperatorResources.unknownFields(resource).forEach((field) -> found.add(join(path, field)));
			return;
		}
		if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				walk(item, path + "[" + index++ + "]", found);
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> walk(item, path + "." + key, found));
			return;
		}
		if (!value.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			Object child = invoke(getter, value);
			String property = path.isEmpty() ? propertyName(getter) : path + "." + propertyName(getter);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (child instanceof Map<?, ?> extra) {
					extra.keySet().forEach((key) -> found.add(path.isEmpty() ? String.valueOf(key) : path + "." + key));
				}
				continue;
			}
			walk(child, property, found);
		}
	}

	private static String join(String path, String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

	private static String propertyName(Method getter) {
		String name = getter.getName().substring(3);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static @Nullable Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + getter, ex);
		}
	}

}
