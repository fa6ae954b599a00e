package io.barback.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.component.servlet.ServletComponent;
import org.apache.camel.http.common.HttpConsumer;
import org.apache.camel.http.common.HttpRestServletResolveConsumerStrategy;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The API servlet keeps which operation a method and path are for, and never answers from a stale memory. */
class ApiServletTest {

    private CamelContext camel;
    private final Map<String, HttpConsumer> consumers = new LinkedHashMap<>();
    private final ApiServlet.KeptResolve kept = new ApiServlet.KeptResolve();
    private final HttpRestServletResolveConsumerStrategy camels = new HttpRestServletResolveConsumerStrategy();

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addComponent("servlet", new ServletComponent());
        camel.start();
        register("POST", "/venues/{venueId}/sales");
        register("GET", "/venues/{venueId}/sales");
        register("GET", "/venues/{venueId}/sales/{saleId}");
        register("GET", "/venues/{venueId}/sales/summary");
        register("GET", "/venues/{venueId}/stock");
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void answersAsCamelDoesForEveryPathAndMethod() {
        String[][] asked = {
            {"POST", "/venues/the-local/sales"}, {"GET", "/venues/the-local/sales"},
            {"GET", "/venues/the-local/sales/summary"}, {"GET", "/venues/the-local/sales/6f1c"},
            {"GET", "/venues/other/stock"}, {"DELETE", "/venues/the-local/sales"}, {"GET", "/venues"},
            {"POST", "/venues/the-local/sales/6f1c"},
        };
        int matched = 0;
        for (String[] a : asked) {
            matched += camels.resolve(request(a[0], a[1]), consumers) == null ? 0 : 1;
        }
        assertThat(matched).as("paths Camel matches").isBetween(5, asked.length - 1);
        for (int round = 0; round < 3; round++) {
            for (String[] a : asked) {
                assertThat(kept.resolve(request(a[0], a[1]), consumers))
                        .as("%s %s, round %d", a[0], a[1], round)
                        .isSameAs(camels.resolve(request(a[0], a[1]), consumers));
            }
        }
        // what matched nothing is not kept
        assertThat(kept.size()).isEqualTo(matched);
        // the summary is a path of its own, not a sale called "summary"
        assertThat(kept.resolve(request("GET", "/venues/x/sales/summary"), consumers).getPath())
                .isEqualTo("/venues/{venueId}/sales/summary");
    }

    @Test
    void anOperationRegisteredAgainIsFoundAgain() throws Exception {
        HttpConsumer first = kept.resolve(request("POST", "/venues/the-local/sales"), consumers);
        assertThat(first.getPath()).isEqualTo("/venues/{venueId}/sales");

        consumers.values().remove(first);
        assertThat(kept.resolve(request("POST", "/venues/the-local/sales"), consumers)).isNull();

        HttpConsumer again = register("POST", "/venues/{venueId}/sales");
        assertThat(kept.resolve(request("POST", "/venues/the-local/sales"), consumers)).isSameAs(again).isNotSameAs(first);
    }

    @Test
    void keepsAtMostItsBound() {
        for (int i = 0; i < ApiServlet.MAX_KEPT + 10; i++) {
            assertThat(kept.resolve(request("GET", "/venues/v" + i + "/stock"), consumers)).isNotNull();
            assertThat(kept.size()).isLessThanOrEqualTo(ApiServlet.MAX_KEPT);
        }
    }

    private HttpConsumer register(String method, String path) throws Exception {
        HttpConsumer consumer = (HttpConsumer) camel.getEndpoint("servlet:" + path + "?httpMethodRestrict=" + method)
                .createConsumer(exchange -> { });
        consumers.put(method + " " + path + " " + System.identityHashCode(consumer), consumer);
        return consumer;
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1" + path);
        request.setServletPath("/api/v1");
        request.setPathInfo(path);
        return request;
    }
}
