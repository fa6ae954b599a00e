package io.barback.textract.corpus;

import java.util.List;

/** A pub (the customer) as printed in a bill-to or deliver-to block. */
record Pub(String name, List<String> address, String accountCode) {

    Pub withAddress(List<String> otherAddress) {
        return new Pub(name, otherAddress, accountCode);
    }
}
