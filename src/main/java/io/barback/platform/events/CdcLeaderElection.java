package io.barback.platform.events;

import java.util.Map;

import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.springframework.beans.factory.annotation.Value;
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

    @Bean
    KubernetesClusterService kubernetesClusterService(
            @Value("${barback.cdc-leader.pod-name:${HOSTNAME:}}") String podName,
            // the pod's namespace, from the downward API (BARBACK_CDC_LEADER_NAMESPACE in k8s/)
            @Value("${barback.cdc-leader.namespace:}") String namespace,
            @Value("${barback.cdc-leader.lease-duration-ms:15000}") long leaseDurationMs,
            @Value("${barback.cdc-leader.renew-deadline-ms:10000}") long renewDeadlineMs,
            @Value("${barback.cdc-leader.retry-period-ms:2000}") long retryPeriodMs,
            @Value("${barback.cdc-leader.master-url:}") String masterUrl) {
        if (podName.isBlank()) {
            throw new IllegalStateException("Leader election needs the pod's name: set HOSTNAME (Kubernetes does)"
                    + " or barback.cdc-leader.pod-name");
        }
        // Camel 4.17 applies masterUrl and namespace only onto a configuration it was given: with
        // none it builds a bare one and skips both
        KubernetesClusterService service = new KubernetesClusterService(
                new org.apache.camel.component.kubernetes.KubernetesConfiguration());
        service.setId("barback-cluster");
        service.setLeaseResourceType(LeaseResourceType.Lease);
        service.setKubernetesResourceName("barback");
        service.setPodName(podName);
        service.setClusterLabels(Map.of("app.kubernetes.io/name", "barback"));
        service.setLeaseDurationMillis(leaseDurationMs);
        service.setRenewDeadlineMillis(renewDeadlineMs);
        service.setRetryPeriodMillis(retryPeriodMs);
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
