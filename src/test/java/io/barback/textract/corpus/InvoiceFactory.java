package io.barback.textract.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import io.barback.textract.corpus.Catalogue.Product;
import io.barback.textract.corpus.Invoice.Line;

/** Draws the content of one invoice for a supplier from its catalogue, deterministically from a seed. */
final class InvoiceFactory {

    /** What kind of document to draw. */
    enum Variant { INVOICE, TWO_PAGE, CREDIT_NOTE }

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

    private final Random random;

    InvoiceFactory(long seed) {
        this.random = new Random(seed);
    }

    Invoice create(Supplier supplier, Variant variant) {
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(115));
        Pub pub = random.nextInt(5) < 2 ? Suppliers.THE_LOCAL : Suppliers.PUBS.get(1 + random.nextInt(4));
        Pub deliverTo = random.nextBoolean() ? null
                : pub.withAddress(Suppliers.DELIVERY_ADDRESSES.get(Suppliers.PUBS.indexOf(pub)));
        boolean credit = variant == Variant.CREDIT_NOTE;
        LocalDate due = printsDueDate(supplier) && !credit ? date.plusDays(supplier.termsDays()) : null;
        String po = random.nextInt(10) < poChanceInTen(supplier) ? poNumber(pub) : null;
        String original = credit ? "BHS-" + (55000 + random.nextInt(900)) : null;
        String docket = "DN" + (700000 + random.nextInt(99999));
        return new Invoice(supplier, pub, deliverTo, number(supplier, credit), date, due, po, credit, original,
                docket, lines(supplier, variant));
    }

    private static boolean printsDueDate(Supplier s) {
        return s != Suppliers.SHANNONSIDE && s != Suppliers.ATLANTIC;
    }

    private static int poChanceInTen(Supplier s) {
        if (s == Suppliers.SHANNONSIDE) {
            return 0;
        }
        return s == Suppliers.SUIR ? 10 : 6;
    }

    private String poNumber(Pub pub) {
        return switch (random.nextInt(3)) {
            case 0 -> "PO-" + (1000 + random.nextInt(900));
            case 1 -> pub.accountCode() + "/2026/" + (100 + random.nextInt(300));
            default -> String.valueOf(4000 + random.nextInt(900));
        };
    }

    private String number(Supplier s, boolean credit) {
        int n = random.nextInt(9000);
        if (s == Suppliers.LIFFEY) {
            return "LDD-" + (204000 + n);
        } else if (s == Suppliers.BURREN) {
            return "BHB/" + (10000 + n);
        } else if (s == Suppliers.OBRIAIN) {
            return "W0" + (7000 + n);
        } else if (s == Suppliers.SHANNONSIDE) {
            return "D00" + (48000 + n);
        } else if (s == Suppliers.KINGDOM) {
            return "KSW" + (80000 + n);
        } else if (s == Suppliers.ATLANTIC) {
            return "AMM-2026-" + String.format("%04d", 100 + n % 900);
        } else if (s == Suppliers.BOYNE) {
            return credit ? "CN-" + (3300 + n % 600) : "BHS-" + (55000 + n % 900);
        }
        return "SG" + (11000 + n);
    }

    private List<Line> lines(Supplier s, Variant variant) {
        if (s == Suppliers.LIFFEY) {
            return plain(pick(Catalogue.DRINKS, 4, 8));
        } else if (s == Suppliers.BURREN) {
            return brewery(pick(Catalogue.BREWERY, 2, 4));
        } else if (s == Suppliers.OBRIAIN) {
            return plain(pick(Catalogue.WINES, 4, 7));
        } else if (s == Suppliers.SHANNONSIDE) {
            return variant == Variant.TWO_PAGE ? plain(pick(Catalogue.CASH_AND_CARRY, 50, 50))
                    : plain(pick(Catalogue.CASH_AND_CARRY, 20, 26));
        } else if (s == Suppliers.KINGDOM) {
            return snacks(pick(Catalogue.SNACKS, 4, 7));
        } else if (s == Suppliers.ATLANTIC) {
            return withDiscount(plain(pick(Catalogue.MIXERS, 4, 7)), new BigDecimal("5"));
        } else if (s == Suppliers.BOYNE) {
            return variant == Variant.CREDIT_NOTE ? credit(pick(Catalogue.HYGIENE, 2, 3))
                    : plain(pick(Catalogue.HYGIENE, 4, 7));
        }
        return plain(pick(Catalogue.GLASSWARE, 2, 4));
    }

    /** Between min and max distinct products, in catalogue order. */
    private List<Product> pick(List<Product> catalogue, int min, int max) {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, catalogue.size()).boxed().toList());
        Collections.shuffle(indexes, random);
        int count = min + random.nextInt(max - min + 1);
        return indexes.subList(0, count).stream().sorted().map(catalogue::get).toList();
    }

    private BigDecimal quantity(Product p) {
        String[] choices = p.quantities().split(",");
        return new BigDecimal(choices[random.nextInt(choices.length)]);
    }

    private List<Line> plain(List<Product> products) {
        List<Line> lines = new ArrayList<>();
        for (Product p : products) {
            lines.add(Line.of(p.code(), p.description(), quantity(p), p.price(), p.vatRate()));
        }
        return lines;
    }

    /** Kegs and cases, then the deposits on the kegs (0% VAT), then the empties returned as negative lines. */
    private List<Line> brewery(List<Product> products) {
        List<Line> lines = plain(products);
        int kegs50 = kegs(lines, "50L");
        int kegs30 = kegs(lines, "30L");
        if (kegs50 + kegs30 == 0) {
            lines = new ArrayList<>(lines);
            lines.add(0, Line.of("BPA50", "Burren Pale Ale 50L Keg", BigDecimal.ONE, new BigDecimal("215.00"),
                    Catalogue.STANDARD));
            kegs50 = 1;
        }
        addDeposit(lines, "50L", kegs50, Catalogue.DEPOSIT_50L);
        addDeposit(lines, "30L", kegs30, Catalogue.DEPOSIT_30L);
        addReturn(lines, "50L", kegs50, Catalogue.DEPOSIT_50L);
        addReturn(lines, "30L", kegs30, Catalogue.DEPOSIT_30L);
        return lines;
    }

    private static int kegs(List<Line> lines, String size) {
        return lines.stream().filter(l -> l.description().contains(size + " Keg"))
                .mapToInt(l -> l.quantity().intValue()).sum();
    }

    private void addDeposit(List<Line> lines, String size, int kegs, BigDecimal deposit) {
        if (kegs > 0) {
            lines.add(Line.of("DEP" + size, "Keg Deposit " + size + " (returnable)", BigDecimal.valueOf(kegs),
                    deposit, Catalogue.ZERO));
        }
    }

    private void addReturn(List<Line> lines, String size, int kegs, BigDecimal deposit) {
        if (kegs > 0) {
            int empties = 1 + random.nextInt(kegs + 1);
            lines.add(Line.of("RET" + size, "Empty " + size + " Kegs Returned", BigDecimal.valueOf(-empties),
                    deposit, Catalogue.ZERO));
        }
    }

    private List<Line> snacks(List<Product> products) {
        int[] discounts = {0, 0, 0, 5, 10};
        List<Line> lines = new ArrayList<>();
        for (Product p : products) {
            BigDecimal discount = BigDecimal.valueOf(discounts[random.nextInt(discounts.length)]);
            lines.add(Line.discounted(p.code(), p.description(), quantity(p), p.price(), discount, p.vatRate()));
        }
        return lines;
    }

    /** A flat "Discount 5%" row at the end of the table: minus 5% of the goods, HALF_UP to the cent. */
    private static List<Line> withDiscount(List<Line> lines, BigDecimal percent) {
        BigDecimal goods = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = goods.multiply(percent).divide(BigDecimal.valueOf(100)).negate();
        List<Line> all = new ArrayList<>(lines);
        all.add(Line.flat("Discount " + Formats.quantity(percent) + "%", discount, Catalogue.STANDARD));
        return all;
    }

    private List<Line> credit(List<Product> products) {
        List<Line> lines = new ArrayList<>();
        for (Product p : products) {
            lines.add(Line.of(p.code(), p.description(), quantity(p).negate(), p.price(), p.vatRate()));
        }
        return lines;
    }
}
