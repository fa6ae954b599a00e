package io.barback;

import io.barback.textract.TextractServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Barback: the back office of a pub that runs itself. Its typed settings are the @ConfigurationProperties records under io.barback. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Barback {

    /** {@code textract-server [options]} runs only the offline Textract-compatible endpoint; anything else runs Barback. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("textract-server")) {
            TextractServer.main(args);
            return;
        }
        SpringApplication.run(Barback.class, args);
    }
}
