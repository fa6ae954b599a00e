package io.barback.documents;

import java.math.BigDecimal;
import java.util.List;

/** The VAT rates a pub's suppliers in Ireland and the UK charge. */
public final class VatRates {

    /**
     * Ireland's 23, 13.5, 9 and 4.8 % and the UK's 20 and 5 %, as fractions. In this order: a
     * figure between 4.8 and 5 % is taken for Ireland's livestock rate first.
     */
    public static final List<BigDecimal> IRELAND_AND_UK = List.of(new BigDecimal("0.23"), new BigDecimal("0.135"),
            new BigDecimal("0.09"), new BigDecimal("0.048"), new BigDecimal("0.20"), new BigDecimal("0.05"));

    private VatRates() {
    }
}
