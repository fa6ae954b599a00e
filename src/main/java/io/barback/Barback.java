package io.barback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Barback: the back office of a pub that runs itself. */
@SpringBootApplication
public class Barback {

    public static void main(String[] args) {
        SpringApplication.run(Barback.class, args);
    }
}
