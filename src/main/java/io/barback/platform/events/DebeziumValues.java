package io.barback.platform.events;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/** Reads Debezium's Kafka Connect values (Structs, maps) as plain Java values. */
public final class DebeziumValues {

    private DebeziumValues() {
    }

    public static Object toPlain(Object value) {
        if (value instanceof Struct struct) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Field f : struct.schema().fields()) {
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
