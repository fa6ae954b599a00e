package io.barback.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.component.servlet.CamelHttpTransportServlet;
import org.apache.camel.http.common.HttpConsumer;
import org.apache.camel.http.common.HttpRestServletResolveConsumerStrategy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Camel's servlet, the API's, with one change: which REST operation a request is for is worked
 * out once per method and path, not on every request.
 *
 * <p>Why: Camel matches a request against every REST operation's path template, splitting each
 * template and the request's path again each time; with this API's 43 operations that was
 * 12 % of a request thread's time at 1,000 sales/s (bench/load.sh's profile). The answer depends
 * only on the method, the path and the operations registered, so it is kept, per method and path,
 * for as long as the operation it names is still registered (a route stopped or removed is asked
 * again). Paths that match nothing are not kept, so a scan of made-up paths does not fill the
 * memory, and the memory is bounded: past {@link #MAX_KEPT} paths it starts over.
 */
public class ApiServlet extends CamelHttpTransportServlet {

    static final int MAX_KEPT = 4096;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        // Camel's init installs its REST strategy; this one asks it the same question, once per path
        setServletResolveConsumerStrategy(new KeptResolve());
    }

    public static final class KeptResolve extends HttpRestServletResolveConsumerStrategy {
        private final Map<String, HttpConsumer> kept = new ConcurrentHashMap<>();

        @Override
        protected HttpConsumer doResolve(HttpServletRequest request, String method, Map<String, HttpConsumer> consumers) {
            String path = request.getPathInfo();
            if (path == null) {
                return super.doResolve(request, method, consumers);
            }
            String key = method + ' ' + path;
            HttpConsumer known = kept.get(key);
            if (known != null && consumers.containsValue(known)) {
                return known;
            }
            HttpConsumer found = super.doResolve(request, method, consumers);
            if (found == null) {
                kept.remove(key);
            } else {
                if (kept.size() >= MAX_KEPT) {
                    kept.clear();
                }
                kept.put(key, found);
            }
            return found;
        }

        int size() {
            return kept.size();
        }
    }

    /** Puts this servlet in the place of the one camel-servlet-starter registers, same name and mapping. */
    @Component
    static class Install implements BeanPostProcessor {
        @Override
        @SuppressWarnings("unchecked")
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof ServletRegistrationBean<?> registration
                    && registration.getServlet() != null
                    && registration.getServlet().getClass() == CamelHttpTransportServlet.class) {
                ((ServletRegistrationBean<CamelHttpTransportServlet>) registration).setServlet(new ApiServlet());
            }
            return bean;
        }
    }
}
