-- The demo venue's suppliers as they appear in sample-invoices/: their product codes on the
-- venue's products, so that a sample invoice mailed in during the local run moves stock.
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "GUI50"}'::jsonb where venue_id = 'the-local' and sku = 'GUINNESS-DRAUGHT';
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "HEI50"}'::jsonb where venue_id = 'the-local' and sku = 'HEINEKEN-DRAUGHT';
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "BUL50"}'::jsonb where venue_id = 'the-local' and sku = 'BULMERS-DRAUGHT';
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "HEI24B"}'::jsonb where venue_id = 'the-local' and sku = 'HEINEKEN-330-BTL';
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "JAM70"}'::jsonb where venue_id = 'the-local' and sku = 'JAMESON-70';
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "POW70"}'::jsonb where venue_id = 'the-local' and sku = 'POWERS-70';
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "GOR70"}'::jsonb where venue_id = 'the-local' and sku = 'GORDONS-70';
update product set supplier_codes = supplier_codes || '{"Liffey Drinks Distribution Ltd": "SMR70"}'::jsonb where venue_id = 'the-local' and sku = 'SMIRNOFF-70';
update product set supplier_codes = supplier_codes || '{"Atlantic Mixers & Minerals Ltd": "CCG200"}'::jsonb where venue_id = 'the-local' and sku = 'COKE-200-BTL';
update product set supplier_codes = supplier_codes || '{"Atlantic Mixers & Minerals Ltd": "COG200"}'::jsonb where venue_id = 'the-local' and sku = 'CLUB-ORANGE-200';
update product set supplier_codes = supplier_codes || '{"Kingdom Snacks Wholesale Ltd": "KPDR24"}'::jsonb where venue_id = 'the-local' and sku = 'KP-DRY-ROASTED';
