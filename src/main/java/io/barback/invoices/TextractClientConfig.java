package io.barback.invoices;

import java.net.URI;
import java.time.Duration;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.textract.TextractClient;

/**
 * The AWS SDK Textract client the invoice route calls: AWS itself (region and the default
 * credentials chain) when no endpoint is configured, or the offline reader at the configured
 * endpoint (which takes any credentials). Only the endpoint differs; the calls are the same.
 */
@Configuration(proxyBeanMethods = false)
class TextractClientConfig {

    /** JavaMail settings for the mailbox: whole mails in few round trips, and timeouts so a hung server is noticed. */
    @Bean
    Properties mailProperties() {
        Properties p = new Properties();
        for (String protocol : new String[] {"imap", "imaps"}) {
            p.setProperty("mail." + protocol + ".partialfetch", "false");
            p.setProperty("mail." + protocol + ".fetchsize", String.valueOf(1024 * 1024));
            p.setProperty("mail." + protocol + ".connectiontimeout", "30000");
            p.setProperty("mail." + protocol + ".timeout", "120000");
        }
        return p;
    }

    @Bean(destroyMethod = "close")
    TextractClient textractClient(@Value("${barback.textract.endpoint:}") String endpoint,
                                  @Value("${barback.textract.region:eu-west-1}") String region) {
        var builder = TextractClient.builder().region(Region.of(region))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(90)));
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
            if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
                credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("offline", "offline"));
            }
        }
        return builder.credentialsProvider(credentials).build();
    }
}
