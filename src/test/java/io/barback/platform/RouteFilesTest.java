package io.barback.platform;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route files read as the house promises, without starting anything: every REST verb goes
 * straight to a bean method that exists, and only the REST verbs' routes take the error handling
 * of the route configuration without an id (a route written here that named none would turn its
 * failures into HTTP problems nobody receives).
 */
class RouteFilesTest {

    private static final Pattern BEAN_CALL = Pattern.compile("bean:([A-Za-z0-9]+)\\?method=([A-Za-z0-9]+)");
    private static final List<String> VERBS = List.of("get", "post", "put", "delete", "patch");

    private static final List<JsonNode> definitions = new ArrayList<>();
    private static final Map<String, Class<?>> beans = new HashMap<>();

    @BeforeAll
    static void readRoutesAndBeans() throws IOException, ClassNotFoundException {
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).sorted().toList()) {
                yaml.readTree(file.toFile()).forEach(definitions::add);
            }
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.barback")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            Component component = AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
            String name = component != null && !component.value().isEmpty()
                    ? component.value() : Introspector.decapitalize(type.getSimpleName());
            beans.put(name, type);
        }
    }

    @Test
    void everyRestVerbCallsAPublicMethodOfABean() {
        List<String> verbs = new ArrayList<>();
        for (JsonNode definition : definitions) {
            JsonNode rest = definition.get("rest");
            if (rest == null) {
                continue;
            }
            for (String verb : VERBS) {
                for (JsonNode operation : rest.path(verb)) {
                    String id = operation.path("id").asText();
                    String to = operation.path("to").isTextual()
                            ? operation.path("to").asText() : operation.path("to").path("uri").asText();
                    if (to.startsWith("direct:")) {
                        // a verb whose work publishes goes to its route, which shows the send; its steps call beans
                        JsonNode route = routeFrom(to);
                        assertThat(route).as("%s: no route takes %s", id, to).isNotNull();
                        List<JsonNode> calls = route.findParents("bean");
                        assertThat(calls).as("%s: route %s calls no bean", id, to).isNotEmpty();
                        for (JsonNode step : calls) {
                            JsonNode call = step.get("bean");
                            assertPublicMethod(id, call.path("ref").asText(), call.path("method").asText());
                        }
                    } else {
                        Matcher call = BEAN_CALL.matcher(to);
                        assertThat(call.matches()).as("%s: to: %s is neither bean:<bean>?method=<method> nor direct:<route>", id, to)
                                .isTrue();
                        assertPublicMethod(id, call.group(1), call.group(2));
                    }
                    verbs.add(id);
                }
            }
        }
        // the seven feature files hold 43 operations today; fewer means a file was not read
        assertThat(verbs).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    private static void assertPublicMethod(String verb, String beanName, String method) {
        Class<?> bean = beans.get(beanName);
        assertThat(bean).as("%s: no bean named %s", verb, beanName).isNotNull();
        assertThat(Stream.of(bean.getMethods())
                .filter(m -> m.getName().equals(method))
                .map(Method::getModifiers)
                .anyMatch(Modifier::isPublic))
                .as("%s: %s has no public method %s", verb, bean.getSimpleName(), method)
                .isTrue();
    }

    private static JsonNode routeFrom(String uri) {
        for (JsonNode definition : definitions) {
            JsonNode route = definition.get("route");
            if (route != null && uri.equals(route.path("from").path("uri").asText())) {
                return route;
            }
        }
        return null;
    }

    @Test
    void everyRouteNamesAConfigurationThatExistsAndOnlyOneConfigurationHasNoId() {
        List<String> configurations = new ArrayList<>();
        int withoutId = 0;
        for (JsonNode definition : definitions) {
            JsonNode configuration = definition.get("routeConfiguration");
            if (configuration != null) {
                if (configuration.hasNonNull("id")) {
                    configurations.add(configuration.get("id").asText());
                } else {
                    withoutId++;
                }
            }
        }
        assertThat(withoutId).as("route configurations without an id (the REST verbs' error handling)").isEqualTo(1);
        int routes = 0;
        for (JsonNode definition : definitions) {
            JsonNode route = definition.get("route");
            if (route != null) {
                routes++;
                assertThat(route.path("routeConfigurationId").asText())
                        .as("route %s names no route configuration", route.path("id").asText())
                        .isIn(configurations);
            }
        }
        assertThat(routes).as("routes read").isGreaterThanOrEqualTo(5);
    }
}
