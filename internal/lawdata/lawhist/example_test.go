package lawhist_test

import (
	"fmt"

	"github.com/ogdtw/governance/internal/lawdata/lawhist"
)

// One numbered entry of 洗錢防制法's 沿革 holds two acts: the 總統's
// amendment and the 行政院's 公告 moving a competence.
func ExampleSplit() {
	h := "6.中華民國九十八年六月十日總統華總一義字第 09800141581  號令修正\r\n" +
		"  公布第 3、7～11、13 條條文\r\n" +
		"  中華民國一百零一年六月二十五日行政院院臺規字第 1010134960 號公\r\n" +
		"  告第 10 條第 2  項所列屬「行政院金融監督管理委員會」之權責事項"
	for _, a := range lawhist.Split(h) {
		fmt.Println(a.Entry, a.Text)
	}
	// Output:
	// 6 中華民國九十八年六月十日總統華總一義字第 09800141581  號令修正公布第 3、7～11、13 條條文
	// 6 中華民國一百零一年六月二十五日行政院院臺規字第 1010134960 號公告第 10 條第 2  項所列屬「行政院金融監督管理委員會」之權責事項
}
