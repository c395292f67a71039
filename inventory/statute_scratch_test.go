package inventory

import (
	"testing"

	"github.com/ogdtw/governance/rocdate"
)

func TestScratchDeck(t *testing.T) {
	cites := []string{
		"《政府資訊公開法》第18條第1項第1至7款",
		"《刑事訴訟法》第245條第1、3項",
		"《檔案法》第18條第2、5款",
		"《通訊保障及監察法》第11條第3項及第18條第1項",
		"《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定",
		"《洗錢防制法》第13條第1項",
	}
	for _, ds := range []string{"111年5月19日", "113年10月11日"} {
		d := rocdate.MustParse(ds)
		for _, c := range cites {
			cit, err := ParseCitation(c)
			if err != nil {
				t.Fatal(err)
			}
			s, m := LookupStatute(cit.Law)
			v, ok := s.VersionOn(d)
			t.Logf("%s %s: %s %v %s %v", ds, c, s, m, v, ok)
			for _, p := range cit.Provisions() {
				n, _ := v.Children(p)
				t.Logf("   %s has=%v kids=%d amend=%v", p, v.Has(p), n, s.Amendments(p, d))
			}
		}
	}
}
