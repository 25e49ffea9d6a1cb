#!/usr/bin/env bash
# Rebuilds the .xlsx/.docx fixtures from the .html sources beside them with LibreOffice (soffice), so the files
# are made by an office suite, not by Jixiao's own writer. Run after editing a .html source; commit the outputs.
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
while read -r name format; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if [[ "$format" == xlsx ]]; then
    soffice --headless --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$out" "$name.html" >/dev/null
  else
    soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$name.html" >/dev/null
  fi
  cp "$out/$name.$format" "$name.$format"
done <<'LIST'
# source                          format
se01-yunnan-yongde-2022           xlsx
se02-sichuan-zhongjiang-2022      xlsx
se03-sichuan-qingshen-2023        xlsx
se04-hebei-langfang-2019          docx
se05-yunnan-linxiang-2023         xlsx
se06-anhui-chizhou-entrust-2022   docx
se07-anhui-chizhou-village-2022   docx
se08-yunnan-longyang-2022         docx
se09-sichuan-daying-anke-2023     xlsx
se10-sichuan-nanchong-2023        docx
se11-ningxia-yinchuan-2021        docx
se12-ningxia-yuanzhou-2022        xlsx
se13-hainan-nongken-2023          xlsx
se14-district-fuwumaoyi-2020      docx
se15-district-jinbu-2020          docx
se16-hunan-hengshan-2020          docx
d01-chongqing-kexuecheng-2021     docx
d02-anhui-shouxian-2023           docx
sc01-hunan-datonghu-2020          docx
m01-hubei-huangshi-2019           docx
LIST
