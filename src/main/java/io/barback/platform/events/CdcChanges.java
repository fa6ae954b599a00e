package io.barback.platform.events;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * The first step of the CDC route: a Debezium batch of changes, in WAL order, becomes the events
 * to publish, each change mapped by the {@link ChangeMapper} that owns its table. A change that
 * can never be mapped (no owner, or one its owner cannot read) becomes its dead letter in its
 * place, so the rest of the batch goes on.
 */
@Component("cdcChanges")
public class CdcChanges {

    static final String ROUTE = "sales-cdc";

    private final List<ChangeMapper> mappers;
    private final DeadLetters deadLetters;

    public CdcChanges(List<ChangeMapper> mappers, DeadLetters deadLetters) {
        this.mappers = List.copyOf(mappers);
        this.deadLetters = deadLetters;
    }

    public List<OutboundEvent> mapChanges(List<Message> changes) {
        List<OutboundEvent> events = new ArrayList<>(changes.size() + 4);
        for (Message change : changes) {
            try {
                events.addAll(mapperOf(change).map(change));
            } catch (PoisonEventException e) {
                events.add(deadLetters.fromChange(change, e, ROUTE));
            }
        }
        return events;
    }

    private ChangeMapper mapperOf(Message change) {
        String table = change.getHeader("CamelDebeziumIdentifier", String.class);
        for (ChangeMapper mapper : mappers) {
            if (table != null && mapper.owns(table)) {
                return mapper;
            }
        }
        throw new PoisonEventException("no event is made from changes of table " + table);
    }
}
