package io.barback.platform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where everything is once the local run is ready, with a first request to try. */
@Component
@ConditionalOnProperty(name = "barback.local-stack.enabled", havingValue = "true")
class LocalBanner {

    private static final Logger LOG = LoggerFactory.getLogger(LocalBanner.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String api = "http://localhost:" + port + "/api/v1";
        String banner = String.join("\n",
                "",
                "  ____             _                _",
                " | __ )  __ _ _ __| |__   __ _  ___| | __",
                " |  _ \\ / _` | '__| '_ \\ / _` |/ __| |/ /   the pub's back office, running locally",
                " | |_) | (_| | |  | |_) | (_| | (__|   <",
                " |____/ \\__,_|_|  |_.__/ \\__,_|\\___|_|\\_\\",
                "",
                "  API            " + api + "   (OpenAPI: " + api + "/openapi.json)",
                "  Demo venue     the-local      till key: local-demo-key",
                "  PostgreSQL     " + env.getProperty("spring.datasource.url") + "  (user postgres)",
                "  Kafka          " + env.getProperty("barback.kafka.bootstrap-servers"),
                "  MongoDB        " + env.getProperty("barback.mongodb.uri"),
                "  Textract       " + env.getProperty("barback.textract.endpoint")
                        + "  (offline AnalyzeExpense: any region, any credentials)",
                "  Health         http://localhost:" + port + "/actuator/health",
                "  Data           " + env.getProperty("barback.local-stack.data-dir-resolved")
                        + "  (start with --barback.local-stack.wipe=true to wipe it)",
                "",
                "  Try it:",
                "    curl -s -X POST " + api + "/venues/the-local/sales -H 'Authorization: Bearer local-demo-key' \\",
                "         -H 'Content-Type: application/json' \\",
                "         -d '{\"lines\":[{\"sku\":\"GUINNESS-DRAUGHT\",\"serving\":\"pint\",\"quantity\":2,\"unitPrice\":\"5.90\"}]}'",
                "    curl -s " + api + "/venues/the-local/inventory/GUINNESS-DRAUGHT -H 'Authorization: Bearer local-demo-key'",
                "    curl -s " + api + "/venues/the-local/finance/daily -H 'Authorization: Bearer local-demo-key'",
                "",
                "  Send an invoice (any mail client works: SMTP localhost:" + env.getProperty("barback.mail.smtp-port")
                        + ", to invoices+the-local@barback.local, from publican@the-local.ie):",
                "    curl -s smtp://localhost:" + env.getProperty("barback.mail.smtp-port")
                        + " --mail-from publican@the-local.ie --mail-rcpt invoices+the-local@barback.local \\",
                "         -H 'Subject: Invoice' -H 'From: publican@the-local.ie' -H 'To: invoices+the-local@barback.local' \\",
                "         -F '=Invoice attached;type=text/plain' \\",
                "         -F 'file=@sample-invoices/01-liffey-drinks-text.pdf;type=application/pdf;encoder=base64'",
                "    curl -s " + api + "/venues/the-local/invoices -H 'Authorization: Bearer local-demo-key'",
                "  Mailbox (IMAP localhost:" + env.getProperty("barback.mail.port")
                        + ", invoices@barback.local / barback): Barback.Processed, Barback.Rejected, Barback.Failed",
                "");
        LOG.info(banner);
    }
}
