package io.barback.sales;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.platform.Json;
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
        HttpRequests.requireJson(exchange);
        byte[] body = exchange.getIn().getBody(byte[].class);
        SaleRequest request = SaleRequest.parse(body, service.clock());
        String key = HttpRequests.idempotencyKey(exchange);
        SaleService.Recorded recorded = service.record(till, () -> auth.till(exchange), request, key, body);
        Sale sale = recorded.sale();
        Venue venue = till.venue();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/api/v1/venues/" + venue.id() + "/sales/" + sale.saleId());
        if (recorded.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        HttpReply.send(exchange, 201, HttpReply.JSON, sale, headers);
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
        byte[] body = exchange.getIn().getBody(byte[].class);
        if (body != null && body.length > 0) {
            HttpRequests.requireJson(exchange);
            try {
                var node = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
                if (node != null && node.hasNonNull("reason")) {
                    reason = node.get("reason").asText();
                    if (reason.length() > 200) {
                        throw ApiProblem.invalidSale("'reason' is at most 200 characters.", "/reason");
                    }
                }
            } catch (JsonProcessingException e) {
                throw ApiProblem.badRequest("Malformed JSON: " + e.getOriginalMessage(), null);
            }
        }
        HttpReply.json(exchange, 200, service.voidSale(venue, saleId, reason));
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
