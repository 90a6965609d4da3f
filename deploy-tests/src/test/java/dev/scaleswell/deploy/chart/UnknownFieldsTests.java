package dev.scaleswell.deploy.chart;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownFieldsTests {

	private final KubernetesSerialization serialization = new KubernetesSerialization();

	@Test
	void misspeltNestedFieldsAreReportedWithTheirPath() {
		Deployment deployment = this.serialization.unmarshal("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: typo
				spec:
				  strategy:
				    rollingUpdate:
				      maxUnavailble: 0
				  template:
				    spec:
				      containers:
				        - name: app
				          readinessprobe:
				            httpGet:
				              path: /actuator/health/readiness
				""", Deployment.class);

		assertThat(UnknownFields.of(deployment)).containsExactlyInAnyOrder("spec.strategy.rollingUpdate.maxUnavailble",
				"spec.template.spec.containers[0].readinessprobe");
	}

	@Test
	void wellFormedObjectHasNoUnknownField() {
		Deployment deployment = this.serialization.unmarshal("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: fine
				spec:
				  template:
				    spec:
				      containers:
				        - name: app
				""", Deployment.class);

		assertThat(UnknownFields.of(deployment)).isEmpty();
	}

	@Test
	void misspeltFieldsOfTheSparkOperatorsResourceAreReportedWithTheirPath() {
		HasMetadata typo = this.serialization.unmarshal("""
				apiVersion: sparkoperator.k8s.io/v1beta2
				kind: ScheduledSparkApplication
				metadata:
				  name: typo
				spec:
				  schedule: "*/5 * * * *"
				  template:
				    driver:
				      coreLimt: "1"
				""", HasMetadata.class);

		assertThat(UnknownFields.of(typo)).containsExactly("spec.template.driver.coreLimt");
	}

	@Test
	void misspeltFieldsOfASparkPodTemplateAreReportedWithTheirPath() {
		HasMetadata typo = this.serialization.unmarshal("""
				apiVersion: sparkoperator.k8s.io/v1beta2
				kind: ScheduledSparkApplication
				metadata:
				  name: typo
				spec:
				  schedule: "*/5 * * * *"
				  template:
				    executor:
				      template:
				        spec:
				          automountServiceAcountToken: false
				""", HasMetadata.class);

		assertThat(UnknownFields.of(typo))
			.containsExactly("spec.template.executor.template.spec.automountServiceAcountToken");
	}

}
