package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaValidatorTest {

    private static JsonNode yaml(String text) throws Exception {
        return Kustomize.YAML.readTree(text);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: demo}
            spec:
              replicas: 2
              selector: {matchLabels: {app: demo}}
              template:
                metadata: {labels: {app: demo}}
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      readinessProbe: {httpGet: {path: /q/health/ready, port: 8080}}
            """;

    @Test
    void acceptsAValidResourceAsItsTypedClass() throws Exception {
        Deployment d = assertInstanceOf(Deployment.class, SchemaValidator.validate(yaml(DEPLOYMENT)));
        assertEquals(2, d.getSpec().getReplicas());
    }

    @Test
    void rejectsAMisspelledFieldDeepInThePodSpec() throws Exception {
        String typo = DEPLOYMENT.replace("readinessProbe", "readynessProbe");
        var e = assertThrows(IllegalArgumentException.class, () -> SchemaValidator.validate(yaml(typo)));
        assertTrue(e.getMessage().contains("readynessProbe"), e.getMessage());
    }

    @Test
    void rejectsAValueOfTheWrongType() throws Exception {
        String wrong = DEPLOYMENT.replace("replicas: 2", "replicas: two");
        assertThrows(IllegalArgumentException.class, () -> SchemaValidator.validate(yaml(wrong)));
    }

    @Test
    void rejectsAnUnknownKind() throws Exception {
        String unknown = DEPLOYMENT.replace("kind: Deployment", "kind: Deploymnet");
        var e = assertThrows(IllegalArgumentException.class, () -> SchemaValidator.validate(yaml(unknown)));
        assertTrue(e.getMessage().contains("Deploymnet"), e.getMessage());
    }

    private static final String RULE = """
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata: {name: demo}
            spec:
              groups:
                - name: demo
                  rules:
                    - alert: Down
                      expr: up == 0
                      for: 5m
                      labels: {severity: critical}
            """;

    @Test
    void acceptsAPrometheusRuleAndRejectsAMisspelledRuleField() throws Exception {
        SchemaValidator.validate(yaml(RULE));
        var e = assertThrows(IllegalArgumentException.class, () -> SchemaValidator.validate(yaml(RULE.replace("for: 5m", "fro: 5m"))));
        assertTrue(e.getMessage().contains("fro"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SchemaValidator.validate(yaml(RULE.replace("expr: up == 0", "expr: {a: 1}"))));
    }
}
