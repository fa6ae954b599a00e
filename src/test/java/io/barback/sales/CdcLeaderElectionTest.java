package io.barback.sales;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On Kubernetes only the replica that holds the Lease {@code barback-cdc} streams the WAL. This
 * Barback runs with profile {@code kubernetes} against a Kubernetes API stand-in (fabric8's CRUD
 * mock server, which stores Leases and Pods as the API server does): it takes the Lease and
 * streams; when another pod holds the Lease it stops; when that pod's Lease runs out it takes
 * over and publishes the sales taken meanwhile, from the offsets in Kafka, none lost.
 */
@StackTest
@ActiveProfiles({"test", "kubernetes"})
class CdcLeaderElectionTest {

    private static final String NAMESPACE = "barback";
    private static final KubernetesMockServer KUBERNETES = new KubernetesMockServer(new Context(), new MockWebServer(),
            new HashMap<>(), new KubernetesCrudDispatcher(), false);
    private static final NamespacedKubernetesClient CLIENT;

    static {
        KUBERNETES.init();
        CLIENT = KUBERNETES.createClient();
        // the replicas Camel counts as members: pods carrying the app's label
        for (String pod : new String[] {"barback-0", "barback-1"}) {
            CLIENT.pods().inNamespace(NAMESPACE).resource(new PodBuilder().withNewMetadata().withName(pod)
                    .withNamespace(NAMESPACE).withLabels(Map.of("app.kubernetes.io/name", "barback")).endMetadata()
                    .withNewStatus().withPhase("Running").withInitContainerStatuses().withContainerStatuses()
                    .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus()
                    .build()).create();
        }
    }

    @DynamicPropertySource
    static void kubernetes(DynamicPropertyRegistry registry) {
        registry.add("barback.cdc-leader.master-url", () -> KUBERNETES.url("/"));
        registry.add("barback.cdc-leader.namespace", () -> NAMESPACE);
        registry.add("barback.cdc-leader.pod-name", () -> "barback-0");
        registry.add("barback.cdc-leader.lease-duration-ms", () -> "4000");
        registry.add("barback.cdc-leader.renew-deadline-ms", () -> "3000");
        registry.add("barback.cdc-leader.retry-period-ms", () -> "500");
    }

    @AfterAll
    static void stopKubernetes() {
        CLIENT.close();
        KUBERNETES.destroy();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void onlyTheLeaseHolderStreamsAndANewLeaderResumesWithoutLosingASale() throws Exception {
        Api api = new Api(port);
        TestVenue venue = TestVenues.create(jdbc);
        Topics topics = new Topics(bootstrap);
        String sale = "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}";

        // this replica takes the Lease and streams
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(holder()).isEqualTo("barback-0"));
        String first = api.post(venue.path("/sales"), venue.key(), sale).json().get("saleId").asText();
        topics.await("barback.sales.v1", r -> ("sale/" + first + "/recorded").equals(Topics.header(r, "ce_id")),
                found -> !found.isEmpty(), Duration.ofSeconds(60));

        // another replica holds the Lease (as after a network partition): this one stops streaming
        Lease lease = CLIENT.leases().inNamespace(NAMESPACE).withName("barback-cdc").get();
        lease.getSpec().setHolderIdentity("barback-1");
        lease.getSpec().setAcquireTime(ZonedDateTime.now());
        lease.getSpec().setRenewTime(ZonedDateTime.now());
        lease.getSpec().setLeaseDurationSeconds(30);
        CLIENT.leases().inNamespace(NAMESPACE).resource(lease).update();
        await().atMost(Duration.ofSeconds(30)).until(() -> !slotActive());
        String during = api.post(venue.path("/sales"), venue.key(), sale).json().get("saleId").asText();
        assertThat(topics.readAll("barback.sales.v1", r -> ("sale/" + during + "/recorded").equals(Topics.header(r, "ce_id"))))
                .as("not published while another replica leads").isEmpty();
        assertThat(holder()).isEqualTo("barback-1");

        // barback-1 dies: its pod is gone and its Lease is no longer renewed, so this replica leads
        // again and publishes the sale taken in between, from where the offsets in Kafka say it stopped
        CLIENT.pods().inNamespace(NAMESPACE).withName("barback-1").delete();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(holder()).isEqualTo("barback-0"));
        topics.await("barback.sales.v1", r -> ("sale/" + during + "/recorded").equals(Topics.header(r, "ce_id")),
                found -> !found.isEmpty(), Duration.ofSeconds(60));
        assertThat(topics.readAll("barback.sales.v1", r -> ("sale/" + first + "/recorded").equals(Topics.header(r, "ce_id"))))
                .as("the first sale is not published again").hasSize(1);
    }

    private static String holder() {
        Lease lease = CLIENT.leases().inNamespace(NAMESPACE).withName("barback-cdc").get();
        return lease == null ? null : lease.getSpec().getHolderIdentity();
    }

    private boolean slotActive() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select active from pg_replication_slots where slot_name = 'barback'", Boolean.class));
    }
}
