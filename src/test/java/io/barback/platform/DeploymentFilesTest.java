package io.barback.platform;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.barback.platform.local.LocalStack;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The deployment files are code too: docker-compose.yml is validated by Debian's docker-compose
 * 1.29, and every k8s overlay is rendered by {@code kubectl kustomize} and each object read with
 * the Kubernetes model (fabric8) or Strimzi's (io.strimzi:api), refusing any field the model does
 * not know. Then what the app needs is checked against what the files give it.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization KUBE = new KubernetesSerialization();
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);

    // --- docker-compose ------------------------------------------------------------------

    /**
     * The topics are named once, in application.yaml (barback.topics and the CDC offsets topic);
     * the local broker creates the same set, and the overlays' KafkaTopics are checked against it
     * below, so a topic added in one place and not the others fails here rather than in production.
     */
    @Test
    void theLocalBrokersTopicsAreTheOnesTheSettingsName() throws IOException {
        JsonNode barback = new YAMLMapper().readTree(Path.of("src/main/resources/application.yaml").toFile()).path("barback");
        Set<String> named = new TreeSet<>();
        barback.path("topics").forEach(topic -> named.add(topic.asText()));
        named.add(defaultOf(barback.path("cdc").path("offset-topic").asText()));
        assertThat(named).hasSizeGreaterThanOrEqualTo(6).containsExactlyInAnyOrderElementsOf(LocalStack.TOPICS.keySet());
    }

    /** The default of a {@code ${ENV:default}} setting, or the value itself. */
    private static String defaultOf(String value) {
        return value.startsWith("${") && value.contains(":") ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value;
    }

    @Test
    void composeFileIsValidAndWiresBarbackToEveryServiceItNeeds() throws Exception {
        Run quiet = run(tool("docker-compose", "barback.docker-compose"), "-f", "docker-compose.yml", "config", "-q");
        assertThat(quiet.exit).as(quiet.err).isZero();
        assertThat(quiet.err).as("warnings").isBlank();

        JsonNode compose = YAML.readTree(run(tool("docker-compose", "barback.docker-compose"),
                "-f", "docker-compose.yml", "config").out);
        JsonNode services = compose.get("services");
        assertThat(services.fieldNames()).toIterable()
                .contains("postgres", "kafka", "kafka-init", "mongo", "greenmail", "textract", "barback");
        services.fields().forEachRemaining(s -> {
            String image = s.getValue().path("image").asText();
            assertThat(image).as(s.getKey() + " image").contains(":").doesNotEndWith(":latest").doesNotContain("${");
            if (!s.getKey().equals("kafka-init")) {
                assertThat(s.getValue().has("healthcheck")).as(s.getKey() + " has a healthcheck").isTrue();
            }
        });
        assertThat(services.at("/postgres/command").toString()).contains("wal_level=logical");
        assertThat(services.at("/mongo/command").toString()).contains("--replSet");

        JsonNode barback = services.get("barback");
        for (String dependency : List.of("postgres", "kafka", "mongo", "greenmail", "textract")) {
            assertThat(barback.at("/depends_on/" + dependency + "/condition").asText()).as(dependency)
                    .isEqualTo("service_healthy");
        }
        assertThat(barback.at("/depends_on/kafka-init/condition").asText()).isEqualTo("service_completed_successfully");
        assertThat(barback.get("volumes").toString()).contains("/app/routes");
        // every setting production insists on is given (compose runs without the prod profile, but
        // the same variables must reach the app)
        Set<String> env = names(barback.get("environment"));
        assertThat(env).containsAll(ProductionSettingsCheck.REQUIRED.keySet());
        assertThat(env).contains("TEXTRACT_ENDPOINT", "BARBACK_CDC_OFFSET_STORAGE");

        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM ")).count()).as("multi-stage").isGreaterThanOrEqualTo(2);
        assertThat(dockerfile.lines().filter(l -> l.startsWith("USER ")).toList())
                .singleElement().satisfies(u -> assertThat(u).doesNotContain("root").doesNotMatch("USER 0(:.*)?"));
    }

    // --- Kubernetes ----------------------------------------------------------------------

    @Test
    void devOverlayRendersOneOfEverythingWithKnownFieldsOnly() throws Exception {
        List<HasMetadata> objects = render("dev");
        common(objects);
        assertThat(one(objects, KafkaNodePool.class).getSpec().getReplicas()).isEqualTo(1);
        all(objects, KafkaTopic.class).forEach(t -> assertThat(t.getSpec().getReplicas()).isEqualTo(1));
        assertThat(all(objects, HorizontalPodAutoscaler.class)).isEmpty();
    }

    @Test
    void prodOverlayReplicatesKafkaScalesBarbackAndKeepsQuorums() throws Exception {
        List<HasMetadata> objects = render("prod");
        common(objects);
        assertThat(one(objects, KafkaNodePool.class).getSpec().getReplicas()).isEqualTo(3);
        all(objects, KafkaTopic.class).forEach(t -> {
            assertThat(t.getSpec().getReplicas()).as(t.getMetadata().getName()).isEqualTo(3);
            assertThat(String.valueOf(t.getSpec().getConfig().get("min.insync.replicas"))).isEqualTo("2");
        });
        HorizontalPodAutoscaler hpa = one(objects, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("barback");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(deployment(objects, "barback").getSpec().getReplicas()).as("the HPA owns the count").isNull();
        assertThat(objects).filteredOn(o -> o.getKind().equals("PodDisruptionBudget"))
                .extracting(o -> o.getMetadata().getName()).contains("barback");
    }

    /** What every overlay must hold, whatever its sizes. */
    private static void common(List<HasMetadata> objects) throws IOException {
        assertThat(objects).allSatisfy(o -> {
            if (!o.getKind().equals("Namespace")) {
                assertThat(o.getMetadata().getNamespace()).as(o.getKind() + " " + o.getMetadata().getName()).isEqualTo("barback");
            }
        });
        assertThat(objects).as("secrets are created by the operator, never committed")
                .noneMatch(o -> o.getKind().equals("Secret"));

        // one KafkaTopic per topic Barback uses, all on the one Kafka cluster, in KRaft node pools
        Kafka kafka = one(objects, Kafka.class);
        assertThat(all(objects, KafkaTopic.class)).extracting(t -> t.getSpec().getTopicName() != null
                ? t.getSpec().getTopicName() : t.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(LocalStack.TOPICS.keySet());
        Stream.concat(all(objects, KafkaTopic.class).stream(), all(objects, KafkaNodePool.class).stream())
                .forEach(o -> assertThat(o.getMetadata().getLabels()).containsEntry("strimzi.io/cluster",
                        kafka.getMetadata().getName()));
        KafkaTopic offsets = all(objects, KafkaTopic.class).stream()
                .filter(t -> t.getMetadata().getName().contains("cdc")).findFirst().orElseThrow();
        assertThat(offsets.getSpec().getPartitions()).isEqualTo(1);
        assertThat(String.valueOf(offsets.getSpec().getConfig().get("cleanup.policy"))).isEqualTo("compact");

        // Barback: probes, non-root, read-only root, limits, routes from the ConfigMap
        Deployment barback = deployment(objects, "barback");
        Container app = barback.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(barback.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(app.getResources().getLimits()).containsKeys("memory", "cpu");
        assertThat(app.getResources().getRequests()).containsKeys("memory", "cpu");
        Map<String, String> env = app.getEnv().stream().collect(Collectors.toMap(e -> e.getName(),
                e -> e.getValue() != null ? e.getValue()
                        : e.getValueFrom().getSecretKeyRef() != null ? "from " + e.getValueFrom().getSecretKeyRef().getName()
                        : "field " + e.getValueFrom().getFieldRef().getFieldPath()));
        assertThat(env.keySet()).containsAll(ProductionSettingsCheck.REQUIRED.keySet());
        assertThat(env.get("SPRING_PROFILES_ACTIVE")).contains("prod", "kubernetes");
        assertThat(env.get("BARBACK_CDC_OFFSET_STORAGE")).endsWith("KafkaOffsetBackingStore");
        assertThat(env.get("BARBACK_CDC_LEADER_NAMESPACE")).isEqualTo("field metadata.namespace");
        for (String secret : List.of("POSTGRES_PASSWORD", "MAIL_PASSWORD", "BARBACK_ADMIN_PASSWORD")) {
            assertThat(env.get(secret)).as(secret + " comes from a Secret").startsWith("from ");
        }

        String routesConfigMap = barback.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null).findFirst().orElseThrow().getConfigMap().getName();
        ConfigMap routes = all(objects, ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals(routesConfigMap)).findFirst()
                .orElseThrow(() -> new AssertionError("the Deployment mounts ConfigMap " + routesConfigMap + ", which is not rendered"));
        try (Stream<Path> files = Files.list(ROOT.resolve("routes"))) {
            Set<String> routeFiles = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".camel.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(routes.getData().keySet())).as("routes/kustomization.yaml lists every route file")
                    .isEqualTo(routeFiles);
            for (String file : routeFiles) {
                assertThat(routes.getData().get(file)).isEqualTo(Files.readString(ROOT.resolve("routes").resolve(file)));
            }
        }

        // CDC leader election: the ServiceAccount may hold Leases
        Role role = one(objects, Role.class);
        assertThat(role.getRules()).anySatisfy(r -> {
            assertThat(r.getResources()).contains("leases");
            assertThat(r.getVerbs()).contains("get", "create", "update");
        });
        Ingress ingress = one(objects, Ingress.class);
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        assertThat(objects).filteredOn(o -> o.getKind().equals("NetworkPolicy")).isNotEmpty();
        assertThat(objects).filteredOn(o -> o.getKind().equals("StatefulSet")).extracting(o -> o.getMetadata().getName())
                .contains("postgres", "mongo");
    }

    /** Renders an overlay and reads every object with its model, failing on unknown kinds and fields. */
    private static List<HasMetadata> render(String overlay) throws Exception {
        Run rendered = run(tool("kubectl", "barback.kubectl"), "kustomize", "k8s/overlays/" + overlay);
        assertThat(rendered.exit).as(rendered.err).isZero();
        List<HasMetadata> objects = new ArrayList<>();
        for (JsonNode doc : YAML.readerFor(JsonNode.class).<JsonNode>readValues(rendered.out).readAll()) {
            if (doc == null || doc.isEmpty()) {
                continue;
            }
            String kind = doc.path("kind").asText();
            String apiVersion = doc.path("apiVersion").asText();
            HasMetadata object;
            if (apiVersion.startsWith("kafka.strimzi.io/")) {
                Class<? extends HasMetadata> type = STRIMZI.get(kind);
                assertThat(type).as("a Strimzi kind Barback uses: " + kind).isNotNull();
                object = KUBE.convertValue(doc, type);
            } else {
                KubernetesResource parsed = KUBE.unmarshal(doc.toString());
                if (parsed instanceof GenericKubernetesResource || !(parsed instanceof HasMetadata)) {
                    fail("unknown kind " + apiVersion + " " + kind + " in overlay " + overlay);
                }
                object = (HasMetadata) parsed;
            }
            List<String> unknown = new ArrayList<>();
            unknownFields(object, kind + "/" + object.getMetadata().getName(), unknown, new IdentityHashMap<>());
            assertThat(unknown).as("fields the model does not know, in overlay " + overlay).isEmpty();
            objects.add(object);
        }
        return objects;
    }

    /** Every model object keeps what it does not know in additionalProperties: there must be none. */
    private static void unknownFields(Object o, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
                || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        String pkg = o.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || !(m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                unknownFields(value, path + "." + m.getName(), unknown, seen);
            }
        }
    }

    // --- plumbing -------------------------------------------------------------------------

    private static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type) {
        List<T> found = all(objects, type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static Deployment deployment(List<HasMetadata> objects, String name) {
        return all(objects, Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    private static Set<String> names(JsonNode environment) {
        Set<String> names = new TreeSet<>();
        if (environment.isObject()) {
            environment.fieldNames().forEachRemaining(names::add);
        } else {
            environment.forEach(e -> names.add(e.asText().split("=", 2)[0]));
        }
        return names;
    }

    /** A tool from the machine: the system property if set, else PATH. .ci/run installs them. */
    private static String tool(String name, String property) {
        String path = System.getProperty(property);
        if (path != null) {
            return path;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new IllegalStateException(name + " is needed to check the deployment files and is not on the PATH"
                + " (.ci/run installs it; see README, Tests)");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... command) throws Exception {
        Path err = Files.createTempFile("barback-tool", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in 120 s");
            }
            return new Run(p.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
