package io.barback.textract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.barback.textract.ExpenseModel.Block;
import io.barback.textract.ExpenseModel.Geometry;
import io.barback.textract.ExpenseModel.Relationship;
import io.barback.textract.Layout.Row;
import io.barback.textract.Layout.Segment;

/**
 * The page's text as Textract's PAGE, LINE and WORD blocks, linked by CHILD relationships. Ids
 * are derived from the page and position, so the same document always gives the same blocks.
 */
final class Blocks {

    private Blocks() {
    }

    static List<Block> of(List<Row> rows, int page) {
        List<Block> lines = new ArrayList<>();
        List<Block> words = new ArrayList<>();
        int w = 0;
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                List<String> children = new ArrayList<>();
                for (Word word : s.words()) {
                    String id = id(page, "word", w++);
                    children.add(id);
                    words.add(new Block("WORD", ExpenseExtractor.round(word.confidence()), word.text(), "PRINTED",
                            Geometry.of(word.left(), word.top(), word.width(), word.height()), id, null, page));
                }
                lines.add(new Block("LINE", ExpenseExtractor.round(s.confidence()), s.text(), null,
                        Geometry.of(s.left(), s.top(), s.right() - s.left(), s.bottom() - s.top()),
                        id(page, "line", lines.size()), List.of(new Relationship("CHILD", children)), page));
            }
        }
        List<String> lineIds = lines.stream().map(Block::id).toList();
        List<Block> all = new ArrayList<>();
        all.add(new Block("PAGE", null, null, null, Geometry.of(0, 0, 1, 1), id(page, "page", 0),
                lineIds.isEmpty() ? null : List.of(new Relationship("CHILD", lineIds)), page));
        all.addAll(lines);
        all.addAll(words);
        return all;
    }

    private static String id(int page, String kind, int index) {
        return UUID.nameUUIDFromBytes((page + "/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
