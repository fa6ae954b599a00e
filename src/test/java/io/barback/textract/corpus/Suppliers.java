package io.barback.textract.corpus;

import java.math.BigInteger;
import java.util.List;

/** The fixed cast: eight fictional Irish suppliers (one per layout) and the pubs they invoice. */
final class Suppliers {

    static final Supplier LIFFEY = new Supplier("liffey-drinks", "drinks-distributor",
            "Liffey Drinks Distribution Ltd",
            List.of("Unit 4 Ballymount Industrial Estate", "Ballymount Road Upper", "Dublin 12", "D12 X2Y3"),
            "IE6388047V", "+353 1 456 7812", "accounts@liffeydrinks.ie", "www.liffeydrinks.ie", "AIB",
            iban("AIBK", "931152", "12345678"), "AIBKIE2D", "482913", 30);

    static final Supplier BURREN = new Supplier("burren-hill-brewing", "brewery", "Burren Hill Brewing Co. Ltd",
            List.of("The Old Creamery", "Station Road", "Kilfenora, Co. Clare", "V95 T6F3"),
            "IE9876543WA", "065 708 8214", "orders@burrenhillbrewing.ie", "www.burrenhillbrewing.ie",
            "Bank of Ireland", iban("BOFI", "904411", "28817730"), "BOFIIE2D", "612447", 21);

    static final Supplier OBRIAIN = new Supplier("obriain-wines", "wine-merchant",
            "\u00d3 Briain & Lynch Wine Merchants",
            List.of("18 Pembroke Lane", "Ballsbridge", "Dublin 4", "D04 V2N7"),
            "IE3215873KH", "(01) 668 2290", "cellar@obriainlynch.ie", "www.obriainlynch.ie", "AIB",
            iban("AIBK", "932018", "40561129"), "AIBKIE2D", "201774", 30);

    static final Supplier SHANNONSIDE = new Supplier("shannonside-cc", "cash-and-carry",
            "Shannonside Cash & Carry Ltd",
            List.of("Dock Road", "Limerick", "V94 KX31"),
            "IE8254917M", "061 417 300", "sales@shannonsidecc.ie", "www.shannonsidecc.ie", "PTSB",
            iban("IPBS", "990622", "17402255"), "IPBSIE2D", "301128", 0);

    static final Supplier KINGDOM = new Supplier("kingdom-snacks", "snacks-supplier",
            "Kingdom Snacks Wholesale Ltd",
            List.of("Unit 9 Monavalley Business Park", "Tralee, Co. Kerry", "V92 R8D4"),
            "IE4471920L", "066 712 4450", "orders@kingdomsnacks.ie", "www.kingdomsnacks.ie", "AIB",
            iban("AIBK", "936042", "55120987"), "AIBKIE2D", "556201", 30);

    static final Supplier ATLANTIC = new Supplier("atlantic-mixers", "minerals-supplier",
            "Atlantic Mixers & Minerals Ltd",
            List.of("Ballybrit Business Park", "Galway", "H91 C5W2"),
            "IE2906184SA", "091 771 906", "hello@atlanticmixers.ie", "www.atlanticmixers.ie", "Bank of Ireland",
            iban("BOFI", "907120", "61550431"), "BOFIIE2D", "688150", 30);

    static final Supplier BOYNE = new Supplier("boyne-hygiene", "cleaning-supplier", "Boyne Hygiene Supplies Ltd",
            List.of("7 Mell Road", "Drogheda, Co. Louth", "A92 F4H6"),
            "IE5530817R", "041 983 3107", "accounts@boynehygiene.ie", "www.boynehygiene.ie", "AIB",
            iban("AIBK", "934418", "09917264"), "AIBKIE2D", "619032", 30);

    static final Supplier SUIR = new Supplier("suir-glass", "glassware-supplier",
            "Suir Glass & Bar Equipment Ltd",
            List.of("Unit 2 IDA Industrial Estate", "Cork Road", "Waterford", "X91 PW57"),
            "IE7781562F", "051 350 118", "info@suirglass.ie", "www.suirglass.ie", "Bank of Ireland",
            iban("BOFI", "905331", "73310046"), "BOFIIE2D", "447309", 45);

    static final Pub THE_LOCAL = new Pub("The Local",
            List.of("12 Main Street", "Ennis", "Co. Clare", "V95 X2K4"), "LOC");
    static final Pub DOHERTYS = new Pub("Doherty's Bar",
            List.of("4 Quay Street", "Westport", "Co. Mayo", "F28 K7P2"), "DOH");
    static final Pub ANCHOR = new Pub("The Anchor Inn",
            List.of("Harbour Road", "Kinsale", "Co. Cork", "P17 W3N8"), "ANC");
    static final Pub MULLIGANS = new Pub("Mulligan's Bar & Lounge",
            List.of("27 Bridge Street", "Carlow", "R93 E6T1"), "MUL");
    static final Pub NOLANS = new Pub("Nolan's Corner House",
            List.of("2 Market Square", "Tullamore", "Co. Offaly", "R35 HY62"), "NOL");

    static final List<Pub> PUBS = List.of(THE_LOCAL, DOHERTYS, ANCHOR, MULLIGANS, NOLANS);

    /** Where goods go when the pub's deliveries use the back door. */
    static final List<List<String>> DELIVERY_ADDRESSES = List.of(
            List.of("Rear Yard, Chapel Lane", "Ennis", "Co. Clare", "V95 X2K5"),
            List.of("Goods Entrance, Mill Street", "Westport", "Co. Mayo", "F28 K7P3"),
            List.of("Cellar Door, Pier Road", "Kinsale", "Co. Cork", "P17 W3N9"),
            List.of("Back Lane (Cellar)", "Carlow", "R93 E6T2"),
            List.of("Yard Gate, Church Road", "Tullamore", "Co. Offaly", "R35 HY63"));

    private Suppliers() {
    }

    /** An Irish IBAN with correct ISO 7064 check digits, printed in groups of four. */
    static String iban(String bank, String sortCode, String account) {
        String bban = bank + sortCode + account;
        String rearranged = bban + "IE00";
        StringBuilder digits = new StringBuilder();
        for (char ch : rearranged.toCharArray()) {
            digits.append(Character.isLetter(ch) ? String.valueOf(ch - 'A' + 10) : String.valueOf(ch));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        String iban = "IE" + String.format("%02d", check) + bban;
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
