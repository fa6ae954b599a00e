package io.barback.platform.local;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded local stack before the context refreshes, when
 * {@code barback.local-stack.enabled=true} (the {@code local} profile and the tests; never in
 * production), and points the context's properties at it. The stack is registered as the first
 * disposable bean, so it stops after everything that uses it.
 */
public final class LocalStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!env.getProperty("barback.local-stack.enabled", Boolean.class, false)) {
            return;
        }
        if (context.getParent() != null) {
            return;
        }
        LocalStack stack = new LocalStack(LocalStackSettings.from(env));
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.destroy();
            throw e;
        } catch (Exception e) {
            stack.destroy();
            throw new IllegalStateException("The local stack did not start: " + e.getMessage(), e);
        }
        // above the configuration files, below what is given on the command line or as a system
        // property: a drill can point Barback at a mailbox of its own that outlives a kill -9
        MapPropertySource local = new MapPropertySource("barbackLocalStack", stack.properties());
        var sources = env.getPropertySources();
        if (sources.contains(org.springframework.core.env.StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(org.springframework.core.env.StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, local);
        } else {
            sources.addFirst(local);
        }
        DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
        beanFactory.registerSingleton("barbackLocalStack", stack);
        beanFactory.registerDisposableBean("barbackLocalStack", stack);
    }
}
