package io.barback.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.barback.support.Browser;
import io.barback.support.StackTest;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator opens Hawtio in a real browser (Debian's headless Chromium), is sent to the login
 * form, signs in, and finds every Barback route on Hawtio's Camel routes page.
 */
@StackTest
// Camel's test support turns JMX off; Hawtio reads the routes through it. The property also gives
// this class a Barback of its own: a cached one was started with JMX off.
@DisableJmx(false)
@TestPropertySource(properties = "camel.main.jmx-enabled=true")
class HawtioBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camel;

    @Test
    void theOperatorSignsInAndSeesEveryRouteInHawtio() throws Exception {
        List<String> routeIds = camel.getRoutes().stream().map(Route::getRouteId).sorted().toList();
        assertThat(routeIds).contains("sales-cdc", "inventory-apply-sales", "finance-apply-sales", "invoices-mailbox");
        ChromeDriver browser = Browser.open(1600, 1400);
        try {
            // Hawtio redraws its table as it refreshes: an element may go stale between two looks
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            browser.get("http://localhost:" + port + "/actuator/hawtio/camel/routes");
            wait.until(ExpectedConditions.urlContains("/login"));
            browser.findElement(By.name("username")).sendKeys("admin");
            browser.findElement(By.name("password")).sendKeys("barback");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/actuator/hawtio/"));
            Path shot = null;
            try {
                // the routes table of the Camel tab: a row per route, with its state and counters
                wait.until(d -> {
                    List<String> rows = d.findElements(By.cssSelector("table tbody tr")).stream()
                            .map(r -> r.getText()).toList();
                    return routeIds.stream().allMatch(id -> rows.stream().anyMatch(r -> r.contains(id)));
                });
            } finally {
                shot = Browser.screenshot(browser, "hawtio-camel-routes");
            }
            assertThat(Files.size(shot)).isGreaterThan(10_000);
            String table = browser.findElement(By.cssSelector("table")).getText();
            assertThat(routeIds).allSatisfy(id -> assertThat(table).contains(id));
            assertThat(table).contains("Started").doesNotContain("route1");

            // the operator stops a route from the console and starts it again
            String route = "rest-finance-get-vat";
            wait.until(d -> select(d, route));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Stop']"))).click();
            wait.until(d -> camel.getRouteController().getRouteStatus(route).isStopped());
            wait.until(d -> row(d, route).getText().contains("Stopped"));
            wait.until(d -> select(d, route));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Start']"))).click();
            wait.until(d -> camel.getRouteController().getRouteStatus(route).isStarted());

            // and draws a route: the CDC route's steps, by their ids
            browser.get("http://localhost:" + port + "/actuator/hawtio/camel/routeDiagram");
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space()='sales-cdc']"))).click();
            try {
                wait.until(d -> d.findElements(By.cssSelector(".react-flow__node")).stream()
                        .anyMatch(n -> n.getText().contains("sales-cdc-map")));
            } finally {
                Browser.screenshot(browser, "hawtio-route-diagram");
            }
        } finally {
            browser.quit();
        }
    }

    private static WebElement row(WebDriver browser, String route) {
        return browser.findElements(By.cssSelector("table tbody tr")).stream()
                .filter(r -> java.util.Arrays.asList(r.getText().split("\\s+")).contains(route))
                .findFirst().orElseThrow(() -> new org.openqa.selenium.NoSuchElementException("no row for " + route));
    }

    /** Ticks the route's row (the table is redrawn as it refreshes, so the row is looked up each time). */
    private static boolean select(WebDriver browser, String route) {
        WebElement box = row(browser, route).findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
            box.click();
        }
        return box.isSelected();
    }
}
