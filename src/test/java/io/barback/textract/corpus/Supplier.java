package io.barback.textract.corpus;

import java.util.List;

/** A fictional Irish supplier: what its invoices print in the header and footer. */
record Supplier(String slug, String layout, String name, List<String> address, String vatNumber, String phone,
        String email, String web, String bank, String iban, String bic, String companyNumber, int termsDays) {
}
