package io.barback.platform.web;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.BeanIds;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * Spring Security's place in the servlet chain, taken over from Spring Boot so that a till's calls
 * ({@code /api/v1/venues/**}) meet the request firewall and nothing else of it.
 *
 * <p>Why: those calls are ignored by Spring Security already ({@link WebSecurity}: the route checks
 * the till's key), yet on their way to the empty chain they went through the filter Spring Security
 * puts in front of it to look up Spring MVC's handler for every request, for MVC request matchers
 * this application does not use: a tenth of a request thread's CPU at 500 sales/s, on a path MVC does
 * not serve (bench/load.sh's profile, docs/benchmarks.md). Here a till's request is checked by the
 * same {@link HttpFirewall} bean Spring Security uses (a {@link StrictHttpFirewall}: no {@code ..},
 * {@code ;}, {@code //} or encoded separators in the path, no control characters in a header), a
 * rejection answered by the same {@link RequestRejectedHandler} (400), and then passed on as Spring
 * Security passes an ignored request. Every other request, and every dispatch that is not the
 * request's own (an error page, a forward), goes through Spring Security whole, at the order and
 * for the dispatcher types {@code spring.security.filter.*} gives, as Spring Boot registers it.
 */
@Configuration(proxyBeanMethods = false)
class TillsPastSecurity {

    /** The tills' part of the API, all of it ignored by Spring Security ({@link WebSecurity#tillsSkipTheFilterChain()}). */
    static final String TILL_PATHS = "/api/v1/venues/";
    /** Spring Boot's registration of the security filter, switched off here in favour of {@link #securityFilter}. */
    static final String BOOTS_REGISTRATION = "securityFilterChainRegistration";

    /** One firewall for both ways in: Spring Security's WebSecurity takes this bean as its own. */
    @Bean
    HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    @Bean
    static BeanPostProcessor bootsSecurityFilterRegistrationOff() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration && BOOTS_REGISTRATION.equals(beanName)) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> securityFilter(SecurityProperties properties, WebApplicationContext context,
                                                  HttpFirewall firewall, RequestRejectedHandler rejected) {
        // looked up on the first request, as Spring Boot's registration does: the web server starts
        // before the security filter chain's bean exists
        var security = new DelegatingFilterProxy(BeanIds.SPRING_SECURITY_FILTER_CHAIN, context) {
            @Override
            protected void initFilterBean() {
            }
        };
        var registration = new FilterRegistrationBean<Filter>(new Tills(security, firewall, rejected));
        registration.setName(BeanIds.SPRING_SECURITY_FILTER_CHAIN);
        registration.setOrder(properties.getFilter().getOrder());
        if (properties.getFilter().getDispatcherTypes() != null) {
            var types = EnumSet.noneOf(DispatcherType.class);
            properties.getFilter().getDispatcherTypes().forEach(type -> types.add(DispatcherType.valueOf(type.name())));
            registration.setDispatcherTypes(types);
        }
        return registration;
    }

    /** A till's own request: the firewall, then on; anything else: Spring Security. */
    static final class Tills implements Filter {
        private final Filter security;
        private final HttpFirewall firewall;
        private final RequestRejectedHandler rejected;

        Tills(Filter security, HttpFirewall firewall, RequestRejectedHandler rejected) {
            this.security = security;
            this.firewall = firewall;
            this.rejected = rejected;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                    || request.getDispatcherType() != DispatcherType.REQUEST
                    || !request.getRequestURI().startsWith(TILL_PATHS)) {
                security.doFilter(req, res, chain);
                return;
            }
            try {
                // the firewall refuses a path that is not normalised, so one that starts with the
                // tills' prefix is a till's call and not, say, /api/v1/venues/../admin
                FirewalledRequest checked = firewall.getFirewalledRequest(request);
                checked.reset();
                chain.doFilter(checked, firewall.getFirewalledResponse(response));
            } catch (RequestRejectedException e) {
                rejected.handle(request, response, e);
            } catch (IOException | ServletException | RuntimeException e) {
                // a header the firewall refuses is found when it is read, deep in the route
                RequestRejectedException cause = rejection(e);
                if (cause == null || response.isCommitted()) {
                    throw e;
                }
                rejected.handle(request, response, cause);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        private static RequestRejectedException rejection(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RequestRejectedException rejected) {
                    return rejected;
                }
            }
            return null;
        }
    }
}
