package io.barback.catalog;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A pub or bar: the tenant everything else belongs to. */
public record Venue(String id, String name, String currency, ZoneId timeZone, LocalTime tradingDayCutoff,
                    int vatPeriodMonths, String invoiceAlias, List<String> allowedForwarders, VenueSettings settings) {
}
