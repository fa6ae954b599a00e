package io.barback.support;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The suite's class order (junit-platform.properties): tests without a stack first, so that a
 * broken unit fails before any stack is started; then the {@link StackTest} classes grouped by the
 * Barback they need, so that each configuration is started once. The classes with no
 * annotation beyond {@code @StackTest} come first and share one; one that dirties its context
 * comes last in its group; those that ask for a Barback of their own (a property, a profile)
 * follow, those asking for the same one together. Within a group, by name.
 */
public final class StackTestOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor c) -> c.isAnnotated(StackTest.class))
                .thenComparing(c -> configuration(c.getTestClass()))
                .thenComparing(c -> c.isAnnotated(DirtiesContext.class))
                .thenComparing(c -> c.getTestClass().getName()));
    }

    /** What sets this class's Barback apart from the default one: its other annotations. */
    static String configuration(Class<?> testClass) {
        return Arrays.stream(testClass.getAnnotations())
                .filter(a -> !(a instanceof StackTest) && !(a instanceof DirtiesContext))
                .map(Annotation::toString)
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
