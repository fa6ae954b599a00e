package io.barback.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceChecksTest {

    /**
     * An invoice is addressed to the pub: its own name read as the supplier's is the customer's
     * block taken for the letterhead, however it is spelt; a supplier that only shares a word
     * with it is another firm.
     */
    @Test
    void theVenuesOwnNameReadAsTheSupplierIsTold() {
        assertThat(InvoiceChecks.venuesOwnName("Mourne View Bar", "Mourne View Bar")).isTrue();
        assertThat(InvoiceChecks.venuesOwnName("THE MOURNE VIEW BAR", "Mourne View Bar")).isTrue();
        assertThat(InvoiceChecks.venuesOwnName("O Dalaigh's", "Ó Dálaigh's")).isTrue();
        assertThat(InvoiceChecks.venuesOwnName("Harp Catering Ltd", "The Harp")).isFalse();
        assertThat(InvoiceChecks.venuesOwnName(null, "The Harp")).isFalse();
    }
}
