-- The topic tree every bank shares: Nghị quyết 76/NQ-CP's six areas and the usual further topics.
INSERT INTO "topic" ("name", "parent_id", "sort_order") VALUES
	('Chủ trương, chính sách cải cách hành chính', NULL, 1),
	('Cải cách thể chế', NULL, 2),
	('Cải cách thủ tục hành chính', NULL, 3),
	('Cải cách tổ chức bộ máy hành chính nhà nước', NULL, 4),
	('Cải cách chế độ công vụ', NULL, 5),
	('Cải cách tài chính công', NULL, 6),
	('Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', NULL, 7),
	('Cơ chế một cửa, một cửa liên thông', NULL, 8),
	('Dịch vụ công trực tuyến', NULL, 9),
	('Văn hóa công vụ, đạo đức công vụ', NULL, 10),
	('Chỉ số đánh giá cải cách hành chính', NULL, 11),
	('Thông tin, tuyên truyền cải cách hành chính', NULL, 12)
ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
INSERT INTO "topic" ("name", "parent_id", "sort_order")
SELECT child.name, parent.id, child.sort_order
FROM (VALUES ('PAR Index', 1), ('SIPAS', 2), ('PAPI', 3), ('PCI', 4)) AS child(name, sort_order)
CROSS JOIN "topic" parent
WHERE parent.name = 'Chỉ số đánh giá cải cách hành chính'
ON CONFLICT ("name") DO NOTHING;
