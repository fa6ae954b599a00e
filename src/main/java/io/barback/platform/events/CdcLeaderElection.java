package io.barback.platform.events;

import java.util.Map;

import org.apache.camel.component.kubernetes.KubernetesConfiguration;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On Kubernetes every replica runs the projections, but Debezium may stream the replication
 * slot from one replica only. Profile {@code kubernetes} wraps the CDC route's endpoint in
 * {@code master:cdc:} (see application-kubernetes.yaml) and registers this cluster service:
 * the replica that holds the Lease {@code barback-cdc} streams; the others wait and take over
 * when it stops renewing. Offsets are in Kafka, so the new leader resumes where the old one
 * stopped.
 */
@Configuration(proxyBeanMethods = false)
@Profile("kubernetes")
class CdcLeaderElection {

    /**
     * {@code barback.cdc-leader.*}: this pod's name (HOSTNAME on Kubernetes), its namespace (from
     * the downward API: BARBACK_CDC_LEADER_NAMESPACE in k8s/), the Lease's timings, and the API
     * server when not the in-cluster one.
     */
    @ConfigurationProperties("barback.cdc-leader")
    public record Settings(@DefaultValue("") String podName, @DefaultValue("") String namespace,
                    @DefaultValue("15000") long leaseDurationMs, @DefaultValue("10000") long renewDeadlineMs,
                    @DefaultValue("2000") long retryPeriodMs, @DefaultValue("") String masterUrl) {
    }

    @Bean
    KubernetesClusterService kubernetesClusterService(Settings settings) {
        String podName = settings.podName();
        String namespace = settings.namespace();
        String masterUrl = settings.masterUrl();
        if (podName.isBlank()) {
            throw new IllegalStateException("Leader election needs the pod's name: set HOSTNAME (Kubernetes does)"
                    + " or barback.cdc-leader.pod-name");
        }
        // Camel 4.17 applies masterUrl and namespace only onto a configuration it was given: with
        // none it builds a bare one and skips both
        KubernetesClusterService service = new KubernetesClusterService(
                new KubernetesConfiguration());
        service.setId("barback-cluster");
        service.setLeaseResourceType(LeaseResourceType.Lease);
        service.setKubernetesResourceName("barback");
        service.setPodName(podName);
        service.setClusterLabels(Map.of("app.kubernetes.io/name", "barback"));
        service.setLeaseDurationMillis(settings.leaseDurationMs());
        service.setRenewDeadlineMillis(settings.renewDeadlineMs());
        service.setRetryPeriodMillis(settings.retryPeriodMs());
        if (!namespace.isBlank()) {
            // both: the client's namespace and the one the Lease lives in (Camel does not default one to the other)
            service.setKubernetesNamespace(namespace);
            service.setKubernetesResourcesNamespace(namespace);
        }
        if (!masterUrl.isBlank()) {
            service.setMasterUrl(masterUrl);
        }
        return service;
    }
}
