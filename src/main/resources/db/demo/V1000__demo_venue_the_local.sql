-- The demo venue of the local run and the tests: a believable Irish pub, "The Local".
-- Not applied in production (spring.flyway.locations there holds db/migration only).
--
-- VAT as Irish Revenue applies it: alcohol, minerals, crisps and nuts are standard rated
-- (23 %). Food and hot drinks served are a catering service: 13.5 % until 30 June 2026,
-- 9 % from 1 July 2026 (Budget 2026). Rates are stored per product and can be changed with
-- PUT /api/v1/venues/the-local/products/{sku}.
insert into venue (id, name, currency, time_zone, trading_day_cutoff, vat_period_months, invoice_alias, allowed_forwarders)
values ('the-local', 'The Local', 'EUR', 'Europe/Dublin', '04:00', 2,
        'invoices+the-local@barback.local', array['publican@the-local.ie']);

-- The demo till key is "local-demo-key"; only its SHA-256 is stored.
insert into api_key (venue_id, key_hash, label)
values ('the-local', sha256('local-demo-key'::bytea), 'demo till (local run only)');

insert into product (venue_id, sku, name, category, vat_rate, stock_unit, pack_size, pack_description, servings, prices, supplier_codes, aliases, reorder_level) values
-- Draught: kegs, sold by the pint (568 ml) and the half (284 ml)
('the-local', 'GUINNESS-DRAUGHT', 'Guinness Draught', 'draught', 0.23, 'ml', 50000, '50 L keg',
 '{"pint": 568, "half": 284}', '{"pint": "5.90", "half": "3.10"}', '{"Diageo Ireland": "GUI-K50", "Dublin Drinks Distributors": "DD-1001"}', '{"Guinness 50L", "Guinness Keg"}', 50000),
('the-local', 'HEINEKEN-DRAUGHT', 'Heineken', 'draught', 0.23, 'ml', 50000, '50 L keg',
 '{"pint": 568, "half": 284}', '{"pint": "6.20", "half": "3.30"}', '{"Heineken Ireland": "HEI-K50", "Dublin Drinks Distributors": "DD-1002"}', '{"Heineken 50L"}', 50000),
('the-local', 'SMITHWICKS-DRAUGHT', 'Smithwick''s Red Ale', 'draught', 0.23, 'ml', 50000, '50 L keg',
 '{"pint": 568, "half": 284}', '{"pint": "6.00", "half": "3.20"}', '{"Diageo Ireland": "SMI-K50"}', '{"Smithwicks 50L"}', 30000),
('the-local', 'BULMERS-DRAUGHT', 'Bulmers Original Cider', 'draught', 0.23, 'ml', 50000, '50 L keg',
 '{"pint": 568, "half": 284}', '{"pint": "6.30", "half": "3.40"}', '{"Bulmers Ltd": "BUL-K50"}', '{"Bulmers 50L"}', 30000),
('the-local', 'HOPHOUSE13-DRAUGHT', 'Hop House 13 Lager', 'draught', 0.23, 'ml', 30000, '30 L keg',
 '{"pint": 568, "half": 284}', '{"pint": "6.40", "half": "3.40"}', '{"Diageo Ireland": "HH13-K30"}', '{"Hop House 30L"}', 20000),
('the-local', 'BEAMISH-DRAUGHT', 'Beamish Irish Stout', 'draught', 0.23, 'ml', 30000, '30 L keg',
 '{"pint": 568, "half": 284}', '{"pint": "5.60", "half": "2.90"}', '{"Heineken Ireland": "BEA-K30"}', '{"Beamish 30L"}', 15000),
('the-local', 'SCRAGGY-BAY-DRAUGHT', 'Kinnegar Scraggy Bay IPA', 'draught', 0.23, 'ml', 30000, '30 L keg',
 '{"pint": 568, "half": 284}', '{"pint": "7.20", "half": "3.80"}', '{"Kinnegar Brewing": "KIN-SB-K30"}', '{"Scraggy Bay 30L"}', 10000),
-- Bottles and cans, delivered by the case
('the-local', 'HEINEKEN-330-BTL', 'Heineken 330 ml bottle', 'bottles', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "5.80"}', '{"Heineken Ireland": "HEI-B330-24", "Dublin Drinks Distributors": "DD-2001"}', '{"Heineken 24x330ml"}', 24),
('the-local', 'CORONA-330-BTL', 'Corona Extra 330 ml bottle', 'bottles', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "6.00"}', '{"Dublin Drinks Distributors": "DD-2010"}', '{"Corona 24x330ml"}', 24),
('the-local', 'GUINNESS-00-CAN', 'Guinness 0.0 440 ml can', 'bottles', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "5.00"}', '{"Diageo Ireland": "GUI-00-C440-24"}', '{"Guinness Zero 24x440ml"}', 12),
('the-local', 'BULMERS-LIGHT-500', 'Bulmers Light 500 ml bottle', 'bottles', 0.23, 'each', 12, 'case of 12',
 '{}', '{"each": "6.50"}', '{"Bulmers Ltd": "BUL-L500-12"}', '{"Bulmers Light 12x500ml"}', 12),
('the-local', 'SMITHWICKS-BLONDE-BTL', 'Smithwick''s Blonde 330 ml bottle', 'bottles', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "5.90"}', '{"Diageo Ireland": "SMI-BL-B330-24"}', '{"Smithwicks Blonde 24x330ml"}', 24),
-- Spirits: 70 cl bottles, sold by the 35.5 ml measure (and the double)
('the-local', 'JAMESON-70', 'Jameson Irish Whiskey', 'spirits', 0.23, 'ml', 700, '70 cl bottle',
 '{"measure": 35.5, "double": 71}', '{"measure": "6.20", "double": "11.80"}', '{"Irish Distillers": "JAM-70", "Dublin Drinks Distributors": "DD-3001"}', '{"Jameson 70cl"}', 700),
('the-local', 'POWERS-70', 'Powers Gold Label', 'spirits', 0.23, 'ml', 700, '70 cl bottle',
 '{"measure": 35.5, "double": 71}', '{"measure": "6.00", "double": "11.40"}', '{"Irish Distillers": "POW-70"}', '{"Powers 70cl"}', 700),
('the-local', 'REDBREAST12-70', 'Redbreast 12 Year Old', 'spirits', 0.23, 'ml', 700, '70 cl bottle',
 '{"measure": 35.5, "double": 71}', '{"measure": "9.50", "double": "18.50"}', '{"Irish Distillers": "RB12-70"}', '{"Redbreast 12 70cl"}', 350),
('the-local', 'GORDONS-70', 'Gordon''s London Dry Gin', 'spirits', 0.23, 'ml', 700, '70 cl bottle',
 '{"measure": 35.5, "double": 71}', '{"measure": "5.80", "double": "11.00"}', '{"Diageo Ireland": "GOR-70"}', '{"Gordons 70cl"}', 700),
('the-local', 'DINGLE-GIN-70', 'Dingle Original Gin', 'spirits', 0.23, 'ml', 700, '70 cl bottle',
 '{"measure": 35.5, "double": 71}', '{"measure": "7.20", "double": "13.80"}', '{"Dingle Distillery": "DNG-GIN-70"}', '{"Dingle Gin 70cl"}', 350),
('the-local', 'SMIRNOFF-70', 'Smirnoff Red Vodka', 'spirits', 0.23, 'ml', 700, '70 cl bottle',
 '{"measure": 35.5, "double": 71}', '{"measure": "5.70", "double": "10.80"}', '{"Diageo Ireland": "SMF-70"}', '{"Smirnoff 70cl"}', 700),
('the-local', 'BAILEYS-70', 'Baileys Original Irish Cream', 'spirits', 0.23, 'ml', 700, '70 cl bottle',
 '{"measure": 35.5, "double": 71}', '{"measure": "5.90", "double": "11.20"}', '{"Diageo Ireland": "BAI-70"}', '{"Baileys 70cl"}', 350),
-- Wine: 75 cl bottles, sold by the bottle and the 187.5 ml glass (a quarter bottle)
('the-local', 'HOUSE-RED-75', 'House Red (Merlot)', 'wine', 0.23, 'ml', 750, '75 cl bottle',
 '{"bottle": 750, "glass": 187.5}', '{"bottle": "28.00", "glass": "7.50"}', '{"Findlater Wine & Spirits": "FWM-MER-75"}', '{"Merlot 75cl"}', 2250),
('the-local', 'HOUSE-WHITE-75', 'House White (Sauvignon Blanc)', 'wine', 0.23, 'ml', 750, '75 cl bottle',
 '{"bottle": 750, "glass": 187.5}', '{"bottle": "28.00", "glass": "7.50"}', '{"Findlater Wine & Spirits": "FWM-SAU-75"}', '{"Sauvignon Blanc 75cl"}', 2250),
('the-local', 'PROSECCO-75', 'Prosecco DOC', 'wine', 0.23, 'ml', 750, '75 cl bottle',
 '{"bottle": 750, "glass": 125}', '{"bottle": "34.00", "glass": "8.50"}', '{"Findlater Wine & Spirits": "FWM-PRO-75"}', '{"Prosecco 75cl"}', 1500),
-- Minerals
('the-local', 'COKE-200-BTL', 'Coca-Cola 200 ml bottle', 'minerals', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "3.20"}', '{"Coca-Cola HBC Ireland": "CC-B200-24", "Dublin Drinks Distributors": "DD-4001"}', '{"Coke 24x200ml"}', 48),
('the-local', 'CLUB-ORANGE-200', 'Club Orange 200 ml bottle', 'minerals', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "3.20"}', '{"Britvic Ireland": "CLUB-OR-B200-24"}', '{"Club Orange 24x200ml"}', 24),
('the-local', 'SCHWEPPES-TONIC-200', 'Schweppes Indian Tonic 200 ml', 'minerals', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "3.00"}', '{"Coca-Cola HBC Ireland": "SCH-TON-B200-24"}', '{"Tonic 24x200ml"}', 48),
('the-local', 'BALLYGOWAN-500', 'Ballygowan Still Water 500 ml', 'minerals', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "2.80"}', '{"Britvic Ireland": "BALLY-S500-24"}', '{"Ballygowan 24x500ml"}', 24),
('the-local', 'REDBULL-250', 'Red Bull 250 ml can', 'minerals', 0.23, 'each', 24, 'case of 24',
 '{}', '{"each": "4.20"}', '{"Dublin Drinks Distributors": "DD-4010"}', '{"Red Bull 24x250ml"}', 24),
-- Crisps and nuts
('the-local', 'TAYTO-CHEESE-ONION', 'Tayto Cheese & Onion 37 g', 'snacks', 0.23, 'each', 50, 'box of 50',
 '{}', '{"each": "2.00"}', '{"Tayto Snacks": "TAY-CO-37-50", "Musgrave MarketPlace": "MMP-55012"}', '{"Tayto Cheese and Onion"}', 25),
('the-local', 'KING-CRISPS-SALT', 'King Crisps Ready Salted', 'snacks', 0.23, 'each', 48, 'box of 48',
 '{}', '{"each": "2.00"}', '{"Musgrave MarketPlace": "MMP-55040"}', '{"King Ready Salted"}', 24),
('the-local', 'KP-DRY-ROASTED', 'KP Dry Roasted Peanuts 50 g', 'snacks', 0.23, 'each', 24, 'card of 24',
 '{}', '{"each": "2.50"}', '{"Musgrave MarketPlace": "MMP-56110"}', '{"KP Peanuts card"}', 24),
-- Catering (9 % from 1 July 2026)
('the-local', 'TEA-CUP', 'Barry''s Tea (cup)', 'catering', 0.09, 'each', 80, 'box of 80 tea bags',
 '{}', '{"each": "2.80"}', '{"Musgrave MarketPlace": "MMP-70201"}', '{"Barrys Tea 80"}', 40),
('the-local', 'TOASTIE-HAM-CHEESE', 'Ham & Cheese Toastie', 'catering', 0.09, 'each', 12, 'tray of 12',
 '{}', '{"each": "6.50"}', '{"Musgrave MarketPlace": "MMP-80122"}', '{"Toastie tray"}', 6);
