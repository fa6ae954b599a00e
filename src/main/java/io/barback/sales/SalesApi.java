package io.barback.sales;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import io.barback.platform.web.HttpRequests;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** The REST handlers of the sales API; the routes in {@code routes/sales-api.camel.yaml} call them. */
@Component("salesApi")
public class SalesApi {

    private final TillAuth auth;
    private final SaleService service;
    private final SaleSimulator simulator;

    public SalesApi(TillAuth auth, SaleService service, SaleSimulator simulator) {
        this.auth = auth;
        this.service = service;
        this.simulator = simulator;
    }

    /** POST /venues/{venueId}/sales */
    public void record(Exchange exchange) {
        TillAuth.Till till = auth.tillForSale(exchange);
        SaleRequest request = HttpRequests.body(exchange, SaleRequest.class, SaleRequest.EXPECTED, ApiProblem::invalidSale)
                .checked(service.clock());
        String key = HttpRequests.idempotencyKey(exchange);
        SaleService.Recorded recorded = service.record(till, () -> auth.till(exchange), request, key, HttpRequests.sentBytes(exchange));
        Sale sale = recorded.sale();
        Venue venue = till.venue();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/api/v1/venues/" + venue.id() + "/sales/" + sale.saleId());
        if (recorded.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        HttpReply.bound(exchange, 201, sale, headers);
    }

    /** GET /venues/{venueId}/sales/{saleId} */
    public void get(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        UUID saleId = saleId(exchange);
        Sale sale = service.find(venue, saleId)
                .orElseThrow(() -> ApiProblem.notFound("No sale " + saleId + " at venue " + venue.id() + "."));
        HttpReply.json(exchange, 200, sale);
    }

    /** The optional body of a void: why (at most 200 characters). */
    public record VoidRequest(String reason) {
    }

    /** POST /venues/{venueId}/sales/{saleId}/void, optional body {"reason": "..."} */
    public void voidSale(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        UUID saleId = saleId(exchange);
        String reason = null;
        Object body = exchange.getIn().getBody();
        if (body != null && !(body instanceof String text && text.isBlank())) {
            reason = HttpRequests.body(exchange, VoidRequest.class, "an object with an optional 'reason'", ApiProblem::invalidSale).reason();
            if (reason != null && reason.length() > 200) {
                throw ApiProblem.invalidSale("'reason' is at most 200 characters.", "/reason");
            }
        }
        HttpReply.bound(exchange, 200, service.voidSale(venue, saleId, reason), Map.of());
    }

    /** POST /venues/{venueId}/sales/simulate?count=N[&seed=S] */
    public void simulate(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        int count = intParam(exchange, "count", 10);
        String seedText = exchange.getIn().getHeader("seed", String.class);
        Long seed = null;
        if (seedText != null) {
            try {
                seed = Long.parseLong(seedText);
            } catch (NumberFormatException e) {
                throw ApiProblem.invalidSale("'seed' must be a whole number.", "seed");
            }
        }
        HttpReply.json(exchange, 201, simulator.simulate(venue, count, seed));
    }

    private static UUID saleId(Exchange exchange) {
        String id = exchange.getIn().getHeader("saleId", String.class);
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.notFound("No sale '" + id + "': sale ids are UUIDs.");
        }
    }

    static int intParam(Exchange exchange, String name, int fallback) {
        String text = exchange.getIn().getHeader(name, String.class);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidSale("'" + name + "' must be a whole number; got '" + text + "'.", name);
        }
    }
}
