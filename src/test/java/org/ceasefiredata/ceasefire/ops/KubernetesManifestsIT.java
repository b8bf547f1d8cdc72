package org.ceasefiredata.ceasefire.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Kubernetes manifests committed in deploy/kubernetes are the ones this build generates into target/kubernetes.
 * <p>
 * An integration test (failsafe, execution {@code deploy-manifests} in the pom) because the manifests exist only
 * after the package phase; a unit test would read the previous build's output, or none. Resources are compared as
 * data, by kind and name: the extension writes the same resources on every build, but not always with their labels in
 * the same order.
 */
class KubernetesManifestsIT {

    private static final Path GENERATED = Path.of("target", "kubernetes");
    private static final Path COMMITTED = Path.of("deploy", "kubernetes");
    private static final String FIX = "run ./mvnw package -DskipTests, then cp target/kubernetes/* deploy/kubernetes/"
            + " and commit (the Kubernetes settings are in application.properties and src/main/kubernetes/)";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedManifestsAreTheGeneratedOnes() throws IOException {
        assertTrue(Files.isDirectory(GENERATED), GENERATED + " is missing: the Kubernetes extension generated nothing");
        List<String> files = names(GENERATED);
        assertTrue(files.contains("kubernetes.yml"), "generated: " + files);
        assertEquals(files, names(COMMITTED), "files in " + COMMITTED + " differ from " + GENERATED + ": " + FIX);
        for (String file : files) {
            Map<String, JsonNode> generated = resources(GENERATED.resolve(file));
            Map<String, JsonNode> committed = resources(COMMITTED.resolve(file));
            assertEquals(generated.keySet(), committed.keySet(), COMMITTED.resolve(file) + ": resources differ; " + FIX);
            List<String> differences = new ArrayList<>();
            generated.forEach((resource, node) -> diff(resource, node, committed.get(resource), differences));
            assertEquals(List.of(), differences, COMMITTED.resolve(file) + " (committed vs generated); " + FIX);
        }
    }

    @Test
    void theExtensionGeneratesWhatOperatorsNeed() throws IOException {
        Map<String, JsonNode> resources = resources(COMMITTED.resolve("kubernetes.yml"));
        assertEquals(new TreeSet<>(List.of("Deployment/ceasefire-dataset", "HorizontalPodAutoscaler/ceasefire-dataset",
                "PodDisruptionBudget/ceasefire-dataset", "Service/ceasefire-dataset")), resources.keySet());
        JsonNode deployment = resources.get("Deployment/ceasefire-dataset");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "two replicas or more");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        // Health and metrics are on the management port, which the Service does not expose (#11).
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertEquals(9000, container.at("/" + probe + "/httpGet/port").asInt(), probe);
        }
        assertEquals("9000", deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText());
        List<Integer> servicePorts = new ArrayList<>();
        resources.get("Service/ceasefire-dataset").at("/spec/ports")
                .forEach(p -> servicePorts.add(p.path("targetPort").asInt()));
        assertEquals(List.of(8080), servicePorts, "the Service exposes the public port only");
        assertTrue(container.at("/resources/limits/memory").isTextual(), "memory limit");
        assertTrue(container.at("/resources/requests/cpu").isTextual(), "CPU request");
        Set<String> fromSecret = new TreeSet<>();
        container.path("env").forEach(env -> {
            if (env.at("/valueFrom/secretKeyRef/name").asText().equals("ceasefire-db")) {
                fromSecret.add(env.path("name").asText());
            }
            if (env.path("name").asText().contains("PASSWORD")) {
                assertFalse(env.has("value"), "a password is never a literal value");
            }
        });
        assertEquals(Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"),
                fromSecret);
    }

    /** Resources of a manifest file ({@code kind/name}), YAML documents or a JSON array. */
    private static Map<String, JsonNode> resources(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        if (file.toString().endsWith(".json")) {
            JSON.readTree(file.toFile()).forEach(nodes::add);
        } else {
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                documents.forEachRemaining(nodes::add);
            }
        }
        Map<String, JsonNode> resources = new TreeMap<>();
        nodes.stream().filter(JsonNode::isObject).forEach(
                n -> resources.put(n.path("kind").asText() + "/" + n.at("/metadata/name").asText(), n));
        return resources;
    }

    /** Where two resources differ, as JSON pointers (at most 20); object keys in any order. */
    private static void diff(String at, JsonNode generated, JsonNode committed, List<String> out) {
        if (out.size() >= 20 || generated.equals(committed)) {
            return;
        }
        if (generated.isObject() && committed.isObject()) {
            Set<String> names = new TreeSet<>();
            generated.fieldNames().forEachRemaining(names::add);
            committed.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> diff(at + "/" + n, generated.path(n), committed.path(n), out));
        } else if (generated.isArray() && committed.isArray() && generated.size() == committed.size()) {
            List<JsonNode> g = byName(generated);
            List<JsonNode> c = byName(committed);
            for (int i = 0; i < g.size(); i++) {
                diff(at + "/" + i, g.get(i), c.get(i), out);
            }
        } else {
            out.add(at + ": committed " + shown(committed) + ", generated " + shown(generated));
        }
    }

    /**
     * Named entries (container ports, env variables) sorted by name: the extension lists the management and http
     * ports in either order from one build to the next. Other arrays keep their order.
     */
    private static List<JsonNode> byName(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        if (items.stream().allMatch(n -> n.isObject() && n.path("name").isTextual())) {
            items.sort(java.util.Comparator.comparing(n -> n.path("name").asText()));
        }
        return items;
    }

    private static String shown(JsonNode n) {
        return n.isMissingNode() ? "(absent)" : n.toString();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
