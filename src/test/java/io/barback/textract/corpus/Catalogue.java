package io.barback.textract.corpus;

import java.math.BigDecimal;
import java.util.List;

/** Each supplier's price list: real pub products at believable ex-VAT trade prices (EUR). */
final class Catalogue {

    static final BigDecimal STANDARD = new BigDecimal("23");
    static final BigDecimal REDUCED = new BigDecimal("13.5");
    static final BigDecimal ZERO = new BigDecimal("0");

    /** A product line; quantities lists what a pub plausibly orders, comma separated. */
    record Product(String code, String description, BigDecimal price, BigDecimal vatRate, String quantities) {
    }

    private static Product p(String code, String description, String price, BigDecimal vat, String quantities) {
        return new Product(code, description, new BigDecimal(price), vat, quantities);
    }

    static final List<Product> DRINKS = List.of(
            p("GUI50", "Guinness Draught 50L Keg", "268.50", STANDARD, "2,3,4,5,6"),
            p("GUI30", "Guinness Draught 30L Keg", "164.20", STANDARD, "1,2"),
            p("HEI50", "Heineken 50L Keg", "249.80", STANDARD, "1,2,3"),
            p("HOP50", "Hop House 13 Lager 50L Keg", "252.40", STANDARD, "1,2"),
            p("SMI30", "Smithwick's Red Ale 30L Keg", "158.90", STANDARD, "1,2"),
            p("BUL50", "Bulmers Original Cider 50L Keg", "236.75", STANDARD, "1,2"),
            p("CAR50", "Carlsberg 50L Keg", "231.60", STANDARD, "1,2"),
            p("HEI24B", "Heineken 24 x 330ml Bottles", "36.90", STANDARD, "2,3,4,5"),
            p("COR24B", "Corona Extra 24 x 355ml Bottles", "41.50", STANDARD, "1,2,3"),
            p("GUI24C", "Guinness Draught 24 x 440ml Cans", "44.80", STANDARD, "1,2"),
            p("BUL12B", "Bulmers Original 12 x 500ml Bottles", "21.95", STANDARD, "2,3,4"),
            p("HEZ24B", "Heineken 0.0 24 x 330ml Bottles", "29.40", STANDARD, "1,2"),
            p("JAM70", "Jameson Irish Whiskey 70cl", "24.85", STANDARD, "3,6,12"),
            p("POW70", "Powers Gold Label 70cl", "23.60", STANDARD, "2,3,6"),
            p("SMR70", "Smirnoff Red Vodka 70cl", "18.90", STANDARD, "3,6"),
            p("GOR70", "Gordon's London Dry Gin 70cl", "19.75", STANDARD, "2,4,6"),
            p("BAI1L", "Baileys Original Irish Cream 1L", "21.40", STANDARD, "1,2,3"),
            p("CO2635", "CO2 Gas Cylinder 6.35kg", "38.00", STANDARD, "1,2"));

    static final List<Product> BREWERY = List.of(
            p("BPA50", "Burren Pale Ale 50L Keg", "215.00", STANDARD, "1,2,3"),
            p("BLG50", "Burren Lager 50L Keg", "205.00", STANDARD, "1,2,3"),
            p("KRA30", "Kilfenora Red Ale 30L Keg", "139.50", STANDARD, "1,2"),
            p("CST30", "Cliffs of Moher Stout 30L Keg", "142.00", STANDARD, "1,2"),
            p("DIP30", "Doolin IPA 30L Keg", "149.90", STANDARD, "1,2"),
            p("MIX24", "Mixed Case 24 x 330ml Cans", "52.80", STANDARD, "1,2,3"),
            p("BPA12", "Burren Pale Ale 12 x 500ml Bottles", "29.40", STANDARD, "2,3,4"));

    static final BigDecimal DEPOSIT_50L = new BigDecimal("95.00");
    static final BigDecimal DEPOSIT_30L = new BigDecimal("75.00");

    static final List<Product> WINES = List.of(
            p("ES-112", "Marqu\u00e9s de Riscal Rioja Reserva 2019", "14.95", STANDARD, "6,12,18"),
            p("NZ-204", "Villa Maria Private Bin Sauvignon Blanc 2023", "10.80", STANDARD, "12,24,36"),
            p("FR-031", "C\u00f4tes du Rh\u00f4ne Villages, Domaine Ste-Anne 2021", "11.40", STANDARD, "6,12"),
            p("IT-077", "Pinot Grigio delle Venezie, Ca' Donini 2023", "7.95", STANDARD, "24,36,48"),
            p("CL-018", "Casillero del Diablo Merlot 2022", "7.60", STANDARD, "12,24,36"),
            p("FR-140", "Picpoul de Pinet, F\u00e9lines Jourdan 2023", "10.25", STANDARD, "6,12"),
            p("ES-055", "Albari\u00f1o R\u00edas Baixas, Mart\u00edn C\u00f3dax 2022", "12.60", STANDARD, "6,12"),
            p("IT-210", "La Marca Prosecco DOC Extra Dry NV", "11.20", STANDARD, "12,24"),
            p("FR-301", "Mo\u00ebt & Chandon Brut Imp\u00e9rial NV", "34.90", STANDARD, "6,12"),
            p("AR-090", "Catena Malbec, Mendoza 2021", "13.70", STANDARD, "6,12"),
            p("AU-112", "Jacob's Creek Shiraz Cabernet 2022", "7.20", STANDARD, "12,24"),
            p("FR-410", "Chablis, Domaine Laroche 2021", "19.80", STANDARD, "6"),
            p("ZA-033", "Kleine Zalze Chenin Blanc 2024", "8.45", STANDARD, "12,24"));

    static final List<Product> CASH_AND_CARRY = List.of(
            p("100214", "Coca-Cola 24 x 330ml Cans", "18.40", STANDARD, "1,2,3"),
            p("100215", "Diet Coke 24 x 330ml Cans", "18.40", STANDARD, "1,2"),
            p("100388", "Club Orange 24 x 330ml Cans", "16.90", STANDARD, "1,2"),
            p("100389", "Club Lemon 24 x 330ml Cans", "16.90", STANDARD, "1"),
            p("101540", "Schweppes Tonic Water 24 x 200ml", "14.60", STANDARD, "1,2,3"),
            p("101541", "Schweppes Slimline Tonic 24 x 200ml", "14.60", STANDARD, "1,2"),
            p("101702", "Fever-Tree Indian Tonic 24 x 200ml", "22.80", STANDARD, "1,2"),
            p("102210", "Red Bull 24 x 250ml Cans", "31.20", STANDARD, "1,2"),
            p("102904", "Ballygowan Still Water 24 x 500ml", "9.60", STANDARD, "1,2,3"),
            p("102905", "Ballygowan Sparkling 24 x 500ml", "9.90", STANDARD, "1,2"),
            p("300011", "Lemons Loose (per kg)", "2.95", ZERO, "1,1.5,2,2.5"),
            p("300012", "Limes Loose (per kg)", "4.40", ZERO, "0.5,1,1.5"),
            p("300019", "Oranges Loose (per kg)", "2.20", ZERO, "1,2"),
            p("310102", "Barry's Gold Blend Tea 80s", "3.85", ZERO, "2,4"),
            p("310140", "Lyons Original Tea 160s", "6.20", ZERO, "1,2"),
            p("310377", "Bewley's Espresso Beans 1kg", "17.90", ZERO, "1,2"),
            p("310501", "Avonmore Fresh Milk 2L", "2.35", ZERO, "2,4,6"),
            p("310622", "Si\u00facra Sugar Sticks 1000s", "12.40", ZERO, "1"),
            p("200101", "Tayto Cheese & Onion 50 x 25g", "21.50", STANDARD, "1,2"),
            p("200105", "King Crisps Salt & Vinegar 50 x 25g", "19.80", STANDARD, "1,2"),
            p("200230", "Dry Roasted Peanuts 24 x 50g Card", "14.40", STANDARD, "1,2"),
            p("200512", "Cadbury Dairy Milk 48 x 53g", "33.60", STANDARD, "1"),
            p("200530", "Wrigley's Extra Peppermint 30 pk", "14.10", STANDARD, "1"),
            p("410220", "Cocktail Sausages Frozen 1kg", "6.75", REDUCED, "2,3,4"),
            p("410225", "Sausage Rolls Frozen 48 pack", "12.90", REDUCED, "1,2"),
            p("410301", "Cheese & Ham Toastie Pack x 12", "15.60", REDUCED, "1,2"),
            p("410340", "Chicken Goujons Frozen 2kg", "13.20", REDUCED, "1,2"),
            p("410402", "Chunky Chips Frozen 2.5kg", "4.85", REDUCED, "2,4"),
            p("420110", "Heinz Tomato Ketchup 2 x 1.2kg", "9.30", REDUCED, "1"),
            p("420114", "Hellmann's Mayonnaise 5L", "18.20", REDUCED, "1"),
            p("420205", "Tabasco Pepper Sauce 60ml", "3.10", REDUCED, "1,2"),
            p("420206", "Lea & Perrins Worcestershire 568ml", "3.40", REDUCED, "1"),
            p("420310", "Green Olives Pitted 1.5kg", "7.90", REDUCED, "1"),
            p("420315", "Maraschino Cherries 1kg", "8.60", REDUCED, "1"),
            p("500120", "Jumbo Toilet Roll 6 x 300m", "16.90", STANDARD, "1,2"),
            p("500121", "Blue Centrefeed Roll 6 pack", "19.40", STANDARD, "1"),
            p("500140", "Black Refuse Sacks 200 pack", "14.20", STANDARD, "1"),
            p("500210", "Domestos Thick Bleach 2 x 5L", "15.80", STANDARD, "1"),
            p("500215", "Fairy Washing Up Liquid 5L", "13.60", STANDARD, "1"),
            p("500390", "Paper Napkins 33cm White 2000", "18.95", STANDARD, "1"),
            p("500402", "Paper Cocktail Straws 250", "4.60", STANDARD, "1,2"),
            p("500410", "Drip Mats Plain 1000", "24.00", STANDARD, "1"),
            p("500420", "Tealight Candles 100 pack", "8.40", STANDARD, "1,2"),
            p("500433", "AA Batteries 24 pack", "11.90", STANDARD, "1"),
            p("500450", "Hand Soap Refill 5L", "9.80", STANDARD, "1"),
            p("500461", "Nitrile Gloves Blue L 100", "6.40", STANDARD, "1,2"),
            p("500470", "Cling Film 450mm x 300m", "12.30", STANDARD, "1"),
            p("500471", "Tin Foil 450mm x 75m", "14.90", STANDARD, "1"),
            p("600101", "Angostura Aromatic Bitters 200ml", "11.85", STANDARD, "1"),
            p("600110", "Rose's Lime Cordial 1L", "4.95", STANDARD, "1,2"),
            p("600115", "Monin Grenadine Syrup 70cl", "6.80", STANDARD, "1"),
            p("600140", "Ice Cubes 2kg Bag", "1.95", STANDARD, "5,10"));

    static final List<Product> SNACKS = List.of(
            p("TAY50CO", "Tayto Cheese & Onion 32.5g x 50", "22.40", STANDARD, "1,2,3"),
            p("TAY50SV", "Tayto Salt & Vinegar 32.5g x 50", "22.40", STANDARD, "1,2"),
            p("KEO24", "Keogh's Dubliner Cheese & Onion 50g x 24", "17.80", STANDARD, "1,2"),
            p("HUN45", "Hunky Dorys Buffalo 37g x 45", "19.95", STANDARD, "1,2"),
            p("KIN48", "King Crisps Ready Salted 37g x 48", "18.60", STANDARD, "1,2"),
            p("KPDR24", "KP Dry Roasted Peanuts 50g x 24 Card", "14.60", STANDARD, "1,2,3"),
            p("KPSA24", "KP Salted Peanuts 50g x 24 Card", "14.60", STANDARD, "1,2"),
            p("PSC24", "Pork Scratchings 40g x 24", "16.20", STANDARD, "1,2"),
            p("CSH20", "Cashews Salted 40g x 20", "15.75", STANDARD, "1"),
            p("SRC60", "Cocktail Sausage Rolls 60 x 28g", "18.90", REDUCED, "1,2"),
            p("BGP12", "Beef & Guinness Pies 12 x 220g", "26.40", REDUCED, "1,2"),
            p("TCH24", "Cheese & Ham Toasties 24 pack", "31.50", REDUCED, "1,2"),
            p("CWB2", "Buffalo Chicken Wings 2kg", "17.40", REDUCED, "1,2,3"),
            p("SCN12", "Scones Fruit 12 pack", "9.60", REDUCED, "1,2"));

    static final List<Product> MIXERS = List.of(
            p("SCH125", "Schweppes Indian Tonic 24 x 125ml", "13.90", STANDARD, "2,3,4"),
            p("FTI200", "Fever-Tree Premium Indian Tonic 24 x 200ml", "23.40", STANDARD, "1,2,3"),
            p("FTM200", "Fever-Tree Mediterranean Tonic 24 x 200ml", "23.40", STANDARD, "1,2"),
            p("FTG200", "Fever-Tree Ginger Beer 24 x 200ml", "23.90", STANDARD, "1,2"),
            p("POT200", "Poacher's Irish Tonic 24 x 200ml", "24.60", STANDARD, "1,2"),
            p("CDG125", "Canada Dry Ginger Ale 24 x 125ml", "14.20", STANDARD, "1,2"),
            p("BOJ160", "Britvic Orange Juice 24 x 160ml", "15.10", STANDARD, "1,2,3"),
            p("BPJ160", "Britvic Pineapple Juice 24 x 160ml", "15.10", STANDARD, "1,2"),
            p("SOD125", "Schweppes Soda Water 24 x 125ml", "12.80", STANDARD, "1,2"),
            p("CCG200", "Coca-Cola Glass 24 x 200ml", "21.90", STANDARD, "2,3,4"),
            p("CZG200", "Coca-Cola Zero Glass 24 x 200ml", "21.90", STANDARD, "1,2"),
            p("COG200", "Club Orange Glass 24 x 200ml", "19.40", STANDARD, "1,2"),
            p("CID200", "Cidona Glass 24 x 200ml", "18.70", STANDARD, "1"),
            p("PMC7", "Post-Mix Coca-Cola Bag-in-Box 7L", "89.50", STANDARD, "1"),
            p("PML10", "Post-Mix Lemonade Bag-in-Box 10L", "62.00", STANDARD, "1"));

    static final List<Product> HYGIENE = List.of(
            p("GWD5", "Glasswasher Detergent 5L", "16.80", STANDARD, "2,3,4"),
            p("GRA5", "Glasswasher Rinse Aid 5L", "18.20", STANDARD, "1,2"),
            p("BLC5", "Beer Line Cleaner 5L", "21.90", STANDARD, "1,2"),
            p("SAN6", "Sanitiser Spray 750ml x 6", "19.50", STANDARD, "1,2"),
            p("DGR5", "Heavy Duty Degreaser 5L", "14.75", STANDARD, "1"),
            p("FCP5", "Floor Cleaner Pine 5L", "11.40", STANDARD, "1,2"),
            p("TCG12", "Toilet Cleaner Gel 750ml x 12", "22.80", STANDARD, "1"),
            p("HSF6", "Hand Soap Foam 800ml Cartridge x 6", "27.60", STANDARD, "1"),
            p("CBR6", "Centrefeed Blue Roll 2-Ply x 6", "18.90", STANDARD, "1,2"),
            p("JTR6", "Jumbo Toilet Roll 2-Ply x 6", "15.60", STANDARD, "1,2,3"),
            p("URS10", "Urinal Screens Citrus x 10", "12.50", STANDARD, "1"),
            p("BBL200", "Black Bin Liners Heavy Duty x 200", "17.30", STANDARD, "1"),
            p("NGM100", "Nitrile Gloves Blue (M) x 100", "6.90", STANDARD, "1,2"),
            p("MFC10", "Microfibre Cloths Assorted x 10", "8.20", STANDARD, "1"),
            p("AFR12", "Air Freshener Refill x 12", "24.40", STANDARD, "1"));

    static final List<Product> GLASSWARE = List.of(
            p("NON20", "Nonic Pint Glass 20oz CE Marked (Box of 24)", "26.40", STANDARD, "1,2,3"),
            p("TUL20", "Tulip Pint Glass 20oz CE Marked (Box of 24)", "38.90", STANDARD, "1,2"),
            p("HIB12", "Hi-Ball Tumbler 12oz (Box of 48)", "31.20", STANDARD, "1,2"),
            p("WIN25", "Wine Glass 250ml Lined at 187ml (Box of 24)", "34.80", STANDARD, "1,2"),
            p("COP65", "Copa Gin Glass 650ml (Box of 6)", "21.50", STANDARD, "1,2,3"),
            p("ROC08", "Rocks Tumbler 8oz (Box of 36)", "29.70", STANDARD, "1"),
            p("HAL10", "Half Pint Glass 10oz CE Marked (Box of 48)", "33.60", STANDARD, "1"),
            p("FLU17", "Champagne Flute 170ml (Box of 24)", "27.90", STANDARD, "1"),
            p("OPT35", "Optic Measure 35.5ml CE (Each)", "9.85", STANDARD, "2,4,6"),
            p("SPM60", "Stainless Bar Spill Mat 600mm", "16.40", STANDARD, "1,2"),
            p("ICB15", "Ice Bucket Stainless 1.5L", "12.95", STANDARD, "1,2"));

    private Catalogue() {
    }
}
