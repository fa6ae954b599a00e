"""Fictional customers (pubs) and product catalogues by trade.

Catalogue rows: (code, description, unit price, VAT rate, quantity kind)
quantity kinds: "keg" 1-4, "case" 1-10, "few" 1-3, "each" 2-24, "kg" fractional kg,
"hours" whole/half hours, "one" always 1, "week" 1-4.
"""

# name, address lines (street..., town, eircode), delivery lines or None
CUSTOMERS = [
    ("The Anchor Bar", ["14 Quay Street", "Westport", "Co. Mayo", "F28 K2X6"],
     ["Rear yard entrance", "Quay Lane", "Westport", "F28 K2X6"]),
    ("Cassidy's of Kilmallock", ["Main Street", "Kilmallock", "Co. Limerick", "V35 HD41"],
     ["Cellar door, Sheares Street", "Kilmallock", "Co. Limerick"]),
    ("The Wren's Nest", ["3 Market Square", "Kells", "Co. Meath", "A82 T6P9"], None),
    ("The Old Forge Inn", ["Forge Cross", "Blessington", "Co. Wicklow", "W91 XC53"],
     ["Goods In (side gate)", "Forge Cross", "Blessington", "W91 XC53"]),
    ("Mac Giolla's Bar", ["22 Shop Street", "Galway", "H91 E2W7"], None),
    ("The Drover's Rest", ["Fair Green", "Ballinasloe", "Co. Galway", "H53 R8N2"],
     ["Fair Green Car Park (rear)", "Ballinasloe", "Co. Galway"]),
    ("Fitzpatrick's Lounge", ["61 Parnell Street", "Clonmel", "Co. Tipperary", "E91 W4F5"], None),
    ("The Half Door", ["7 Strand Road", "Dingle", "Co. Kerry", "V92 N5Y0"],
     ["Strand Road Store", "Unit 2 Dingle Business Park", "Dingle", "V92 P3K7"]),
    ("Nora Keane's", ["Church Street", "Listowel", "Co. Kerry", "V31 FX28"], None),
    ("The Salmon Leap", ["Bridge Street", "Lucan", "Co. Dublin", "K78 A0Y2"],
     ["Kitchen entrance, Mill Lane", "Lucan", "Co. Dublin", "K78 A0Y2"]),
    ("Brannigan's Bar & Grill", ["118 Main Street", "Bray", "Co. Wicklow", "A98 H3C6"], None),
    ("Tigh U\u00ed N\u00e9ill", ["An Tr\u00e1 Bh\u00e1n", "Conamara", "Co. na Gaillimhe", "H91 D6K1"], None),
    ("The Corner House", ["2 Castle Street", "Sligo", "F91 YV30"],
     ["Keg drop: Castle Lane", "Sligo", "F91 YV30"]),
    ("Delaney's Bar", ["45 Main Street", "Portlaoise", "Co. Laois", "R32 E9T4"], None),
]

DRINKS = [
    ("GUI50", "Guinness Draught 50L Keg", "268.50", "0.23", "keg"),
    ("HEI30", "Heineken 30L Keg", "162.40", "0.23", "keg"),
    ("CAR50", "Carlsberg Export 50L Keg", "239.90", "0.23", "keg"),
    ("SMI30", "Smithwick's Red Ale 30L Keg", "171.20", "0.23", "keg"),
    ("ROC50", "Rockshore Lager 50L Keg", "255.75", "0.23", "keg"),
    ("BUL50", "Bulmers Original Cider 50L Keg", "248.60", "0.23", "keg"),
    ("COO50", "Coors Light 50L Keg", "244.10", "0.23", "keg"),
    ("BUD24", "Budweiser 24 x 330ml Bottles", "36.90", "0.23", "case"),
    ("HZE24", "Heineken 0.0 24 x 330ml Bottles", "27.60", "0.23", "case"),
    ("G0024", "Guinness 0.0 24 x 440ml Cans", "31.20", "0.23", "case"),
    ("JAM70", "Jameson Irish Whiskey 70cl", "27.95", "0.23", "each"),
    ("JAM1L", "Jameson Irish Whiskey 1L", "37.40", "0.23", "each"),
    ("POW70", "Powers Gold Label 70cl", "26.80", "0.23", "each"),
    ("GOR1L", "Gordon's London Dry Gin 1L", "29.50", "0.23", "each"),
    ("CDG70", "Cork Dry Gin 70cl", "24.60", "0.23", "each"),
    ("SMR1L", "Smirnoff Red Vodka 1L", "28.90", "0.23", "each"),
    ("BAI1L", "Baileys Original Irish Cream 1L", "25.75", "0.23", "each"),
    ("HEN70", "Hennessy VS Cognac 70cl", "39.80", "0.23", "each"),
    ("CMS70", "Captain Morgan Spiced Gold 70cl", "23.40", "0.23", "each"),
    ("APE70", "Aperol 70cl", "19.90", "0.23", "each"),
    ("SCT24", "Schweppes Indian Tonic 24 x 200ml", "17.80", "0.23", "case"),
    ("CLO24", "Club Orange 24 x 200ml Glass", "19.20", "0.23", "case"),
    ("COK24", "Coca-Cola 24 x 200ml Glass", "21.60", "0.23", "case"),
    ("CKZ24", "Coca-Cola Zero 24 x 330ml Cans", "18.40", "0.23", "case"),
    ("RED24", "Red Bull Energy 24 x 250ml Cans", "34.80", "0.23", "case"),
    ("BAL24", "Ballygowan Still Water 24 x 500ml", "13.90", "0.23", "case"),
    ("FTT24", "Fever-Tree Indian Tonic 24 x 200ml", "24.30", "0.23", "case"),
    ("CO2G", "CO2 Dispense Gas 6.35kg Cylinder", "38.00", "0.23", "few"),
]

WINE = [
    ("W1021", "Picpoul de Pinet, Domaine Font-Mars 2024 6 x 75cl", "71.40", "0.23", "few"),
    ("W1107", "Rioja Crianza, Bodegas Valdelana 2021 6 x 75cl", "78.90", "0.23", "few"),
    ("W1150", "Sauvignon Blanc, Marlborough 2024 6 x 75cl", "69.60", "0.23", "few"),
    ("W1203", "Prosecco DOC Extra Dry NV 6 x 75cl", "62.70", "0.23", "few"),
    ("W1288", "Malbec, Mendoza 2023 6 x 75cl", "66.30", "0.23", "few"),
    ("W1302", "House Red Cabernet Sauvignon, Central Valley 6 x 75cl", "44.70", "0.23", "case"),
    ("W1303", "House White Sauvignon Blanc, Central Valley 6 x 75cl", "44.70", "0.23", "case"),
    ("W1411", "Pinot Grigio delle Venezie 2024 6 x 75cl", "52.80", "0.23", "few"),
    ("W1520", "Champagne Brut Reserve NV 6 x 75cl", "189.00", "0.23", "few"),
    ("W1604", "Prosecco Frizzante 24 x 20cl Piccolo", "64.80", "0.23", "few"),
    ("W1712", "Côtes du Rhône Villages 2022 6 x 75cl", "74.10", "0.23", "few"),
]

FR_WINE = [
    ("CDR22", "Côtes du Rhône Rouge 2022 - carton 6 x 75cl", "48.60", "0", "few"),
    ("MUS24", "Muscadet Sèvre et Maine sur Lie 2024 - carton 6 x 75cl", "43.20", "0", "few"),
    ("CHB23", "Chablis 2023 - carton 6 x 75cl", "97.80", "0", "few"),
    ("BRG22", "Bourgogne Pinot Noir 2022 - carton 6 x 75cl", "88.50", "0", "few"),
    ("CRM00", "Crémant de Loire Brut NV - carton 6 x 75cl", "61.80", "0", "few"),
    ("PIC24", "Picpoul de Pinet 2024 - carton 6 x 75cl", "45.90", "0", "few"),
    ("BDX21", "Bordeaux Supérieur 2021 - carton 6 x 75cl", "56.40", "0", "few"),
    ("ROS24", "Côtes de Provence Rosé 2024 - carton 6 x 75cl", "63.00", "0", "few"),
]

CRAFT = [
    ("KPA30", "Kilbeg Pale Ale 30L Keg", "158.00", "0.23", "keg"),
    ("KRA50", "Kilbeg Red Ale 50L Keg", "229.50", "0.23", "keg"),
    ("KST30", "Kilbeg Oatmeal Stout 30L Keg", "164.00", "0.23", "keg"),
    ("KIP20", "Kilbeg West Coast IPA 20L KeyKeg", "132.60", "0.23", "keg"),
    ("KLA50", "Kilbeg Helles Lager 50L Keg", "236.00", "0.23", "keg"),
    ("KPA24", "Kilbeg Pale Ale 24 x 440ml Cans", "52.80", "0.23", "case"),
    ("KIP24", "Kilbeg West Coast IPA 24 x 440ml Cans", "58.20", "0.23", "case"),
    ("KAF12", "Kilbeg Alcohol Free Pale 12 x 330ml Cans", "19.80", "0.23", "case"),
    ("TAPB", "Font Lens & Tap Badge (replacement)", "12.50", "0.23", "few"),
]

COFFEE = [
    ("HF-ESP1", "Quay Espresso Blend Beans 1kg", "19.50", "0", "case"),
    ("HF-DEC1", "Swiss Water Decaf Beans 1kg", "23.80", "0", "few"),
    ("HF-COL1", "Single Origin Colombia Huila 1kg", "24.90", "0", "few"),
    ("HF-FIL1", "House Filter Roast 1kg", "17.60", "0", "few"),
    ("HF-OAT12", "Oatly Barista Edition 12 x 1L", "31.20", "0.23", "few"),
    ("HF-CHOC2", "Hot Chocolate Flakes 2kg", "28.40", "0.23", "few"),
    ("HF-CUP12", "Compostable Cups 12oz (case of 1000)", "96.00", "0.23", "few"),
    ("HF-LID12", "Compostable Lids 12oz (case of 1000)", "54.00", "0.23", "few"),
    ("HF-SYRV", "Monin Vanilla Syrup 70cl", "11.90", "0.23", "few"),
    ("HF-SYRC", "Monin Caramel Syrup 70cl", "11.90", "0.23", "few"),
    ("HF-CLN", "Grindz Grinder Cleaning Tablets 430g", "22.50", "0.23", "one"),
    ("HF-SVC", "Espresso Machine Preventative Service", "145.00", "0.23", "one"),
]

FOODSERVICE = [
    ("F1101", "McCain Gastro Skin-on Fries 4 x 2.27kg", "27.80", "0", "case"),
    ("F1140", "Battered Cod Fillets 170-200g 5kg", "74.50", "0", "few"),
    ("F1162", "Chicken Goujons Southern Fried 2kg", "23.90", "0", "few"),
    ("F1180", "Irish Beef Burgers 6oz x 48", "62.40", "0", "few"),
    ("F1205", "Brioche Burger Buns x 48", "21.60", "0", "few"),
    ("F1230", "Mature Red Cheddar Block 5kg", "41.75", "0", "few"),
    ("F1244", "Hellmann's Real Mayonnaise 10L", "38.90", "0", "few"),
    ("F1250", "Heinz Tomato Ketchup 2 x 4.8kg", "33.60", "0", "few"),
    ("F1266", "Rapeseed Oil 20L Drum", "46.20", "0", "few"),
    ("F1290", "Creamy Coleslaw 2.5kg", "9.85", "0", "few"),
    ("F1301", "Cajun Seasoning 1kg Tub", "12.40", "0.23", "few"),
    ("F1320", "Napkins 2ply 33cm White x 2000", "29.90", "0.23", "few"),
    ("F1333", "Kitchen Roll 2ply x 6 Catering", "14.20", "0.23", "few"),
    ("F1350", "Chocolate Fudge Cake 14 portion", "24.60", "0.135", "few"),
    ("F1352", "Baked Cheesecake Strawberry 14 portion", "26.80", "0.135", "few"),
]

CLEANING = [
    ("CH-BL5", "Thick Bleach 5L", "6.95", "0.23", "case"),
    ("CH-FC5", "Pine Floor Cleaner 5L", "8.40", "0.23", "few"),
    ("CH-GW20", "Glasswasher Detergent 20L", "46.50", "0.23", "few"),
    ("CH-RA5", "Glasswasher Rinse Aid 5L", "19.80", "0.23", "few"),
    ("CH-HS5", "Antibacterial Hand Soap 5L", "14.60", "0.23", "few"),
    ("CH-BR6", "Blue Roll 2ply 400 sheet x 6", "17.90", "0.23", "few"),
    ("CH-BL90", "Black Bin Liners 90L Heavy Duty x 200", "24.80", "0.23", "few"),
    ("CH-SS6", "Surface Sanitiser Spray 750ml x 6", "21.30", "0.23", "few"),
    ("CH-JT12", "Jumbo Toilet Rolls 2ply x 12", "29.40", "0.23", "few"),
    ("CH-NG100", "Blue Nitrile Gloves Medium x 100", "7.90", "0.23", "case"),
    ("CH-US10", "Urinal Screens Cotton Fresh x 10", "12.60", "0.23", "few"),
    ("CH-MH", "Kentucky Mop Head 16oz", "4.75", "0.23", "few"),
    ("CH-BG", "Beer Line Cleaner 5L", "23.40", "0.23", "few"),
]

GLASS = [
    ("GL-P20", "Nonic Pint Glass 20oz CE Nucleated (box 24)", "38.40", "0.23", "few"),
    ("GL-H10", "Nonic Half Pint 10oz CE (box 24)", "29.80", "0.23", "few"),
    ("GL-HB12", "Hi-Ball Tumbler 12oz (box 48)", "46.10", "0.23", "few"),
    ("GL-RK10", "Rocks Glass 10oz (box 36)", "41.40", "0.23", "few"),
    ("GL-WG25", "Wine Glass 250ml lined 175ml (box 24)", "52.60", "0.23", "few"),
    ("GL-CP65", "Copa Gin Balloon 650ml (box 6)", "27.30", "0.23", "few"),
    ("GL-FL17", "Champagne Flute 17cl (box 24)", "44.90", "0.23", "few"),
    ("GL-SH25", "Shot Glass 25ml CE Stamped (box 72)", "33.10", "0.23", "one"),
    ("GL-JG1", "Glass Water Jug 1L", "6.80", "0.23", "each"),
    ("GL-IB", "Stainless Steel Ice Bucket 3L", "18.50", "0.23", "few"),
]

SNACKS = [
    ("TAY50", "Tayto Cheese & Onion 50 x 37.5g", "27.50", "0.23", "case"),
    ("TAYSV", "Tayto Salt & Vinegar 50 x 37.5g", "27.50", "0.23", "case"),
    ("KNG48", "King Crisps Cheese & Onion 48 x 25g", "21.80", "0.23", "case"),
    ("HDB50", "Hunky Dorys Buffalo 50 x 37g", "26.90", "0.23", "few"),
    ("PRO12", "Pringles Original 12 x 165g", "23.40", "0.23", "few"),
    ("KPD21", "KP Dry Roasted Peanuts 21 x 50g Card", "17.60", "0.23", "few"),
    ("BFR24", "Bacon Fries 24 x 24g", "12.90", "0.23", "few"),
    ("SCF24", "Scampi Fries 24 x 27g", "14.30", "0.23", "few"),
    ("KEO24", "Keogh's Atlantic Sea Salt & Irish Cider Vinegar 24 x 50g", "22.80", "0.23", "few"),
    ("MCH30", "McCoy's Flame Grilled Steak 30 x 32g", "19.70", "0.23", "few"),
]

CASH_CARRY = [
    ("200145", "Brennans Family Pan 800g", "2.25", "0", "each"),
    ("200311", "Avonmore Fresh Milk 2L", "2.49", "0", "each"),
    ("200477", "Kerrygold Butter 454g", "4.35", "0", "each"),
    ("201020", "Barry's Gold Blend Tea 80s", "4.99", "0", "few"),
    ("201154", "Siúcra Granulated Sugar 1kg", "1.79", "0", "few"),
    ("305120", "Bord na Móna Peat Briquettes Bale", "6.40", "0.135", "each"),
    ("305188", "Polish Coal 40kg Bag", "29.50", "0.135", "few"),
    ("305210", "Kiln Dried Hardwood Logs Net", "7.95", "0.135", "each"),
    ("410022", "Coca-Cola Original 24 x 330ml Cans", "17.99", "0.23", "few"),
    ("410078", "7UP Free 24 x 330ml Cans", "14.49", "0.23", "few"),
    ("410315", "Lucozade Energy Orange 12 x 380ml", "13.20", "0.23", "few"),
    ("520640", "Fairy Original Washing Up Liquid 5L", "16.95", "0.23", "one"),
    ("520701", "Zip Firelighters 24 pack", "2.60", "0.23", "each"),
    ("520833", "Domestos Thick Bleach 750ml x 6", "11.40", "0.23", "one"),
    ("600012", "Irish Independent (newspaper)", "2.50", "0.09", "each"),
    ("600013", "The Irish Times (newspaper)", "3.00", "0.09", "each"),
]

LINEN = [
    ("BT10", "Bar Towels Laundered (bundle 10)", "6.80", "0.135", "each"),
    ("TT10", "Tea Towels Laundered (bundle 10)", "7.40", "0.135", "each"),
    ("NP50", "White Napkins 50 x 50cm (pack 50)", "18.50", "0.135", "few"),
    ("TC137", "Tablecloth White 137 x 137cm", "2.95", "0.135", "each"),
    ("CJ", "Chef Jacket Laundered", "3.60", "0.135", "each"),
    ("AP", "Bib Apron Black Laundered", "1.85", "0.135", "each"),
    ("MAT85", "Entrance Mat Hire 85 x 150cm (weekly change)", "9.50", "0.135", "week"),
    ("MAT115", "Logo Mat Hire 115 x 175cm (weekly change)", "13.25", "0.135", "week"),
    ("MOP", "Mop Hire Exchange", "2.40", "0.135", "each"),
]

PEST = [
    ("PC-Q", "Quarterly Integrated Pest Management Service Visit", "165.00", "0.23", "one"),
    ("PC-BS", "Tamper-resistant Rodent Bait Station Check & Refill", "8.50", "0.23", "each"),
    ("PC-EFK", "Electric Fly Killer UV Tube Replacement 2 x 15W", "34.00", "0.23", "few"),
    ("PC-CO", "Emergency Call-out (Mon-Fri)", "95.00", "0.23", "one"),
    ("PC-GB", "Glue Board Insect Monitors (pack 10)", "19.50", "0.23", "one"),
    ("PC-PR", "Proofing: Door Brush Strip Fitted 914mm", "42.00", "0.23", "one"),
]

HIRE = [
    ("H-BC3", "Three-door back bar bottle cooler, black, 1350mm, LED lit", "65.00", "0.23", "week"),
    ("H-ICE", "Ice machine 46kg/24h self-contained with storage bin", "55.00", "0.23", "week"),
    ("H-PY", "Mobile python keg cooler with 2 x 4-tap T-bar fonts", "120.00", "0.23", "few"),
    ("H-GW", "Glass washer 450mm basket, drain pump, break tank", "48.00", "0.23", "week"),
    ("H-HT", "Patio gas heater 13kW, freestanding, incl. 11kg propane cylinder", "35.00", "0.23", "few"),
    ("H-MB", "Mobile bar unit 2m, stainless top, with front signage panel", "90.00", "0.23", "one"),
    ("H-DEL", "Delivery, installation and collection (Zone B)", "75.00", "0.23", "one"),
    ("H-TB", "Poseur tables with black stretch covers", "9.50", "0.23", "each"),
]

BUTCHER = [
    ("", "Irish Beef Striploin, whole, dry aged 28 days", "24.50", "0", "kg"),
    ("", "Beef Mince 15% Fat", "9.80", "0", "kg"),
    ("", "Chicken Fillets, Irish, skinless", "8.90", "0", "kg"),
    ("", "Traditional Pork Sausages", "7.40", "0", "kg"),
    ("", "Dry Cured Back Rashers", "10.60", "0", "kg"),
    ("", "Beef Brisket, rolled", "11.20", "0", "kg"),
    ("", "Lamb Shanks", "13.90", "0", "kg"),
    ("", "Black Pudding Roll", "8.30", "0", "kg"),
    ("", "Pork Belly, boneless", "9.40", "0", "kg"),
    ("", "Chicken Wings, jumbo", "5.60", "0", "kg"),
]

BAKERY = [
    ("B01", "White Sliced Pan 800g", "2.10", "0", "each"),
    ("B02", "Brown Soda Bread 600g", "3.20", "0", "each"),
    ("B05", "Sourdough Loaf 900g", "4.80", "0", "each"),
    ("B11", "Brioche Burger Buns (12)", "5.40", "0", "each"),
    ("B14", "Blaa Rolls (12)", "4.60", "0", "each"),
    ("B21", "Fruit Scones (12)", "9.60", "0.135", "few"),
    ("B23", "Apple Tart 10 inch", "12.50", "0.135", "few"),
    ("B25", "Butter Croissants (24)", "19.20", "0.135", "few"),
    ("B27", "Chocolate Brownie Tray (20 portions)", "22.00", "0.135", "few"),
    ("B29", "Carrot Cake (14 portions)", "21.50", "0.135", "few"),
]

VEG = [
    ("", "Lemons (box of 80)", "21.00", "0", "few"),
    ("", "Limes", "3.95", "0", "kg"),
    ("", "Oranges, Navel", "2.40", "0", "kg"),
    ("", "Rooster Potatoes 25kg Sack", "16.50", "0", "few"),
    ("", "Brown Onions", "1.30", "0", "kg"),
    ("", "Vine Tomatoes", "3.60", "0", "kg"),
    ("", "Iceberg Lettuce (each)", "1.10", "0", "each"),
    ("", "Fresh Mint (bunch)", "1.50", "0", "each"),
    ("", "Cucumbers (each)", "0.85", "0", "each"),
    ("", "Button Mushrooms", "4.20", "0", "kg"),
    ("", "Carrots", "1.25", "0", "kg"),
    ("", "Red Peppers", "4.40", "0", "kg"),
]

DAIRY = [
    ("D-WM2", "Whole Milk 2L", "2.35", "0", "each"),
    ("D-LF1", "Low Fat Milk 1L", "1.29", "0", "each"),
    ("D-CR1", "Fresh Cream 1L", "4.65", "0", "few"),
    ("D-BP100", "Butter Portions 7g (100)", "9.80", "0", "one"),
    ("D-EG30", "Free Range Eggs (tray 30)", "8.70", "0", "few"),
    ("D-BAR1", "Barista Milk 1L", "1.55", "0", "each"),
]

EQUIPMENT = [
    ("ICE-40", "Modular Ice Maker 40kg/24h with 20kg Bin", "1895.00", "0.23", "one"),
    ("GW-400", "Front Loading Glasswasher 400mm Basket", "1460.00", "0.23", "one"),
    ("BC-DD", "Back Bar Bottle Cooler Double Hinged Door 900mm", "845.00", "0.23", "one"),
    ("PY-LN", "Python Line Re-insulation per metre", "38.00", "0.23", "kgm"),
    ("INST", "Installation and Commissioning", "295.00", "0.23", "one"),
    ("DEL", "Delivery (pallet, tail-lift)", "65.00", "0.23", "one"),
]
