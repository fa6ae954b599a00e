package io.barback.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.finance.DateRange;
import io.barback.platform.web.HttpReply;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** GET …/price-changes?from=&to= (invoice dates, default the 30 days to the venue's today): the supplier price changes, newest first. */
@Component("priceChangesApi")
public class PriceChangesApi {

    private final TillAuth auth;
    private final MongoCollection<Document> changes;

    public PriceChangesApi(TillAuth auth, @Qualifier("readApiDatabase") MongoDatabase db) {
        this.auth = auth;
        this.changes = db.getCollection(PriceChanges.NAME);
    }

    public void list(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        // invoice dates are calendar dates: today is the venue's date, not its trading day (after
        // midnight a keg invoiced today belongs to today, though the bar's day is still yesterday's)
        DateRange range = DateRange.of(exchange, LocalDate.now(venue.timeZone()));
        LocalDate from = range.from();
        LocalDate to = range.to();
        List<Document> items = new ArrayList<>();
        changes.find(Filters.and(Filters.eq("venueId", venue.id()), Filters.gte("tradingDay", from.toString()),
                        Filters.lte("tradingDay", to.toString())))
                .sort(Sorts.descending("invoiceDate", "at"))
                .forEach(d -> {
                    d.put("id", d.remove("_id"));
                    d.remove("tradingDay");
                    items.add(d);
                });
        HttpReply.json(exchange, 200, Map.of("from", from.toString(), "to", to.toString(), "items", items));
    }
}
