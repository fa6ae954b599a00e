package io.barback.support;

import java.util.function.BiFunction;

import io.barback.platform.web.ApiJsonFormat;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpRequests;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/** A handler's body without a stack: bound as a verb with {@code bindingMode: json} binds it, and taken as the handler takes it. */
public final class Bodies {

    private Bodies() {
    }

    /** The record, or the problem the handler answers (400, or 422 from {@code invalid} naming the field). */
    public static <T> T bind(String json, Class<T> type, BiFunction<String, String, ApiProblem> invalid) {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            ApiJsonFormat format = new ApiJsonFormat();
            format.setCamelContext(camel);
            format.setUnmarshalType(type);
            format.start();
            Exchange exchange = new DefaultExchange(camel);
            exchange.getIn().setBody(format.unmarshal(exchange, (Object) json));
            return HttpRequests.optionalBody(exchange, type, "the body", invalid);
        } catch (ApiProblem problem) {
            throw problem;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
