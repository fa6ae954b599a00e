package io.barback.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.barback.platform.Json;
import io.barback.support.Api;
import io.barback.support.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's published contract, {@code docs/openapi.json} (the client of GeneratedClientTest is
 * generated from it), is what {@code /api/v1/openapi.json} serves. When a route or a body record
 * changes on purpose, write the file again with {@code -Dbarback.openapi.write=true} and review
 * the difference like any other change of contract.
 */
@StackTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("docs/openapi.json");

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsThePublishedContract() throws IOException {
        Api.Reply reply = new Api(port).get("/openapi.json", null);
        assertThat(reply.status()).isEqualTo(200);
        ObjectNode served = normalised((ObjectNode) reply.json());
        if (Boolean.getBoolean("barback.openapi.write")) {
            Files.writeString(CONTRACT, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        JsonNode published = normalised((ObjectNode) Json.read(Files.readString(CONTRACT)));
        assertThat(served)
                .as("/api/v1/openapi.json differs from docs/openapi.json; if the change is meant, run this test with"
                        + " -Dbarback.openapi.write=true and commit the file")
                .isEqualTo(published);

        // the bodies a client needs are typed, not free-form
        JsonNode schemas = served.path("components").path("schemas");
        assertThat(schemas.has("Sale")).isTrue();
        assertThat(schemas.has("SaleRequest")).isTrue();
        JsonNode post = served.path("paths").path("/venues/{venueId}/sales").path("post");
        assertThat(post.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .endsWith("/SaleRequest");
        // the till's key is one security scheme, required by every operation under /venues
        JsonNode till = served.path("components").path("securitySchemes").path("till");
        assertThat(till.path("type").asText()).isEqualTo("http");
        assertThat(till.path("scheme").asText()).isEqualTo("bearer");
        served.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/venues/")) {
                path.getValue().forEach(operation -> {
                    assertThat(operation.path("security").toString()).as(path.getKey()).isEqualTo("[{\"till\":[]}]");
                    operation.path("parameters").forEach(p -> assertThat(p.path("name").asText()).isNotEqualTo("Authorization"));
                });
            }
        });
        assertThat(post.path("responses").path("201").path("content").path("application/json").path("schema").path("$ref").asText())
                .endsWith("/Sale");
    }

    /**
     * Without what is not part of the contract: where this server happens to listen, and the order
     * of the top-level tag list (it follows the order the route files are loaded in, which the
     * file system decides).
     */
    private static ObjectNode normalised(ObjectNode document) {
        document.remove("servers");
        if (document.get("tags") instanceof ArrayNode tags) {
            List<JsonNode> sorted = new ArrayList<>();
            tags.forEach(sorted::add);
            sorted.sort(Comparator.comparing(t -> t.path("name").asText()));
            tags.removeAll();
            tags.addAll(sorted);
        }
        return document;
    }
}
