package io.barback.catalog;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code barback.stock.*}: how far a delivered cost per stock unit may move from the last one
 * before it alerts (0.03 = 3 %), for a venue that has not set its own.
 */
@ConfigurationProperties("barback.stock")
public record StockSettings(@DefaultValue("0.03") BigDecimal priceChangeThreshold) {
}
