package requests

import (
	"errors"
	"testing"
)

func TestParseCategory(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Category
		wantErr error
	}{
		{"label download", "下載連結問題", DownloadLink, nil},
		{"label content", "內容有誤", ContentError, nil},
		{"label quality", "品質改善", QualityImprovement, nil},
		{"label other", "其他", Other, nil},
		{"label new", "建議新增資料集", NewDataset, nil},
		{"variant broken link", "連結失效", DownloadLink, nil},
		{"variant spaces", " 下載 連結 問題 ", DownloadLink, nil},
		{"variant suffix 類", "品質改善類", QualityImprovement, nil},
		{"variant 其它", "其它", Other, nil},
		{"variant data wrong", "資料錯誤", ContentError, nil},
		{"variant new dataset", "新增資料集", NewDataset, nil},
		{"variant ideographic space", "內容\u3000有誤", ContentError, nil},
		{"english", "download-link", DownloadLink, nil},
		{"english upper underscore", "NEW_DATASET", NewDataset, nil},
		{"english spaces", "quality improvement", QualityImprovement, nil},
		{"english content", "content-error", ContentError, nil},
		{"empty is not given", "", NoCategory, nil},
		{"unknown", "抱怨", NoCategory, ErrSyntax},
		{"zero label", "未分類", NoCategory, nil},
		{"english none", "none", NoCategory, nil},
		{"suffix only", "類", NoCategory, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCategory(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("ParseCategory(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Input != tt.in || pe.Func != "ParseCategory" {
					t.Errorf("ParseCategory(%q) error = %#v, want *ParseError with the input", tt.in, err)
				}
			}
		})
	}
}

func TestCategoryText(t *testing.T) {
	for _, c := range Categories() {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error: %v", c, err)
		}
		if string(b) != c.String() {
			t.Errorf("%v.MarshalText() = %q, want %q", c, b, c.String())
		}
		var back Category
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, c)
		}
		if got, err := ParseCategory(c.String()); err != nil || got != c {
			t.Errorf("ParseCategory(%q) = %v, %v, want %v", c.String(), got, err, c)
		}
	}
	var zero Category
	if b, err := zero.MarshalText(); err != nil || string(b) != "未分類" {
		t.Errorf("zero.MarshalText() = %q, %v, want 未分類", b, err)
	}
	back := Other
	if err := back.UnmarshalText(nil); err != nil || back != NoCategory {
		t.Errorf("UnmarshalText(nil) = %v, %v, want NoCategory", back, err)
	}
	back = Other
	if err := back.UnmarshalText([]byte("未分類")); err != nil || back != NoCategory {
		t.Errorf("UnmarshalText(未分類) = %v, %v, want NoCategory", back, err)
	}
	if err := back.UnmarshalText([]byte("download-link")); err != nil || back != DownloadLink {
		t.Errorf("UnmarshalText(download-link) = %v, %v, want DownloadLink", back, err)
	}
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(%q) error = %v, want ErrSyntax", "x", err)
	}
	bad := Category(9)
	if _, err := bad.MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("Category(9).MarshalText() error = %v, want ErrRange", err)
	}
	if b, err := bad.AppendText([]byte("x")); !errors.Is(err, ErrRange) || string(b) != "x" {
		t.Errorf("Category(9).AppendText = %q, %v, want x and ErrRange", b, err)
	}
	if bad.String() != "Category(9)" || bad.Name() != "" || bad.IsValid() {
		t.Errorf("Category(9): String %q, Name %q, IsValid %v", bad.String(), bad.Name(), bad.IsValid())
	}
	if zero != NoCategory || zero.String() != "未分類" || !zero.IsValid() || zero.given() {
		t.Errorf("zero Category: String %q, IsValid %v, want 未分類, true", zero.String(), zero.IsValid())
	}
	if n := len(Categories()); n != NumCategories {
		t.Errorf("len(Categories()) = %d, want %d", n, NumCategories)
	}
}

func FuzzParseCategory(f *testing.F) {
	for _, s := range []string{"下載連結問題", "內容有誤", "品質改善", "其他", "建議新增資料集", "連結失效", "品質改善類", "NEW_DATASET", "", "抱怨"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCategory(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("ParseCategory(%q) error %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseCategory(%q) = invalid %d", s, c)
		}
		if back, err := ParseCategory(c.String()); err != nil || back != c {
			t.Fatalf("ParseCategory(%q) = %v; String %q reads back as %v, %v", s, c, c.String(), back, err)
		}
		if back, err := ParseCategory(c.Name()); err != nil || back != c {
			t.Fatalf("ParseCategory(%q) = %v; Name %q reads back as %v, %v", s, c, c.Name(), back, err)
		}
	})
}
