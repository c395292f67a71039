// Package law reads legal citations as real texts write them and checks
// them against a registry of statutes.
//
// Citations: [ParseCitation] reads one (《政府資訊公開法》第18條第1項第1至7款),
// [ParseCitations] a cell listing several, [FindCitations] every citation
// in running text with its byte span, resolving 同法, 本法, 前條 and 前項.
// A [Citation] lists its leaf [Provision] values.
//
// Statutes: a [Registry] holds laws by identity (the PCode of the national
// law database), with their official, short and former names, whether they
// are abandoned (廢止), their 沿革 read as [Revision] values, and the
// versions whose texts it holds. [Default] is the embedded snapshot (the
// laws the deck's inventories cite, with their version histories);
// [Decode] reads the law database's open data (ChLaw.json, ChOrder.json)
// from a reader the caller opens; [Registry.Merge] joins registries, so a
// newer snapshot adds versions to an older registry. Everything that
// compares laws compares identities: 個資法, 個人資料保護法 and
// 電腦處理個人資料保護法 are one law ([Registry.Identity]).
//
// History: a version is described by the act of its day in the 沿革
// ([StatuteVersion.Act]: 政府資訊公開法（94年12月28日制定公布）,
// 洗錢防制法（113年7月31日全文修正）). [Statute.Lineage] tells where a cited
// provision stands on a later day: unchanged, reworded, moved (renumbered)
// with or without rewording, split, merged, deleted, or 無法查核 where the
// registry lacks the texts; provisions are matched by the Dice coefficient
// of the bigrams of their normalised texts, cross-references masked
// ([Threshold]), so that a full rewrite is followed article by article.
// The data date ([Registry.Updated]) is the snapshot's, apart from the
// latest amendment held ([Registry.Amended]).
//
// Checks answer for their day: [Registry.CheckCitation] reads a citation
// against the version in force on a day and returns [Finding] values; an
// amendment after the day is a later development, never a fault, told
// with where the provision went, and a day after the registry's data date
// says that from the day after it nothing can be checked.
//
// What people read comes from the message catalog (internal/i18n), in
// Chinese (the default, 公文 wording) and in English: [Finding.Message],
// [ParseError.Message], [Amendment.Message], [StatuteVersion.Message],
// [Lineage.Message] and
// the Message of every enum take a language tag; a finding's String is its
// Chinese message. Law names and provisions stay as statutes write them in
// both languages. Error stays English, for logs.
//
// The package does no I/O and reads no clock; a Registry is immutable and
// safe for concurrent use.
package law
