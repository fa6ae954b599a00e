package io.barback.platform.events;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/** Reads Debezium's Kafka Connect values (Structs, maps) as plain Java values. */
public final class DebeziumValues {

    private DebeziumValues() {
    }

    public static Object toPlain(Object value) {
        if (value instanceof Struct struct) {
            List<Field> fields = struct.schema().fields();
            Map<String, Object> map = new LinkedHashMap<>(fields.size() * 2);
            // by index: a change has a few dozen fields, and an iterator for each costs more than reading them
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                map.put(f.name(), toPlain(struct.get(f)));
            }
            return map;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, v) -> map.put(String.valueOf(k), toPlain(v)));
            return map;
        }
        if (value instanceof BigDecimal || value instanceof Number || value instanceof Boolean || value == null) {
            return value;
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        Object plain = toPlain(value);
        return plain instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    public static String string(Object row, String column) {
        Map<String, Object> map = map(row);
        Object v = map == null ? null : map.get(column);
        return v == null ? null : v.toString();
    }
}
