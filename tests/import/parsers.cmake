stockshift_add_test(tst_csvreader SOURCES tst_csvreader.cpp LIBS Stockshift::Core)
stockshift_add_test(tst_valueparsers SOURCES tst_valueparsers.cpp LIBS Stockshift::Core)
stockshift_add_test(tst_csvsniffer SOURCES tst_csvsniffer.cpp LIBS Stockshift::Core)
